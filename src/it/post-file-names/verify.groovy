def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains('Blog validation failed: 2 errors in 2 files')
assert log.contains('''[ERROR] src/main/blog/_posts/2021-02-29-leap.md: error: the date in the file name is impossible: there is no day 2021-02-29 [post-file-date]
[ERROR]     hint: rename the file with a real date, YYYY-MM-DD-slug.md''')
assert log.contains('''[ERROR] src/main/blog/_posts/hello-world.md: error: a post's file name must start with its date [post-file-name]
[ERROR]     hint: rename it to YYYY-MM-DD-hello-world.md, e.g. 2022-10-01-hello-world.md''')
// A stray file in _posts is not silently ignored either.
assert log.contains("src/main/blog/_posts/2022-10-01-cover.png.txt: warning: only Markdown files are posts; this file is ignored [non-markdown-post]")
return true
