def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains('Blog validation failed: 6 errors in 6 files')
def expected = '''[ERROR] src/main/blog/_posts/2022-10-01-unclosed.md:1:1: error: the front matter opened on line 1 is never closed [front-matter-unclosed]
[ERROR]     hint: add a line '---' after the last key
[ERROR] src/main/blog/_posts/2022-10-02-blank-line.md:1:1: error: front matter must start on the first line, but '---' is on line 2 [front-matter-start]
[ERROR]     hint: remove the blank lines before '---'
[ERROR] src/main/blog/_posts/2022-10-03-continued.md:3:1: error: the front matter is closed on line 3, but key: value lines follow until another '---' on line 6 [front-matter-split]
[ERROR]     hint: remove the '---' on line 3 so that all keys are in one front matter block
[ERROR] src/main/blog/_posts/2022-10-04-duplicate.md:4:1: error: duplicate key 'title' (first set on line 2) [yaml-duplicate-key]
[ERROR]     hint: keep one 'title:' line
[ERROR] src/main/blog/_posts/2022-10-05-list.md:2:1: error: front matter must be 'key: value' lines, not a list [front-matter-not-map]
[ERROR]     hint: write title: "..." and other keys
[ERROR] src/main/blog/_posts/2022-10-06-empty.md:1:1: error: the front matter is empty, but 'title' is required [missing-title]
[ERROR]     hint: write the title between the '---' lines: title: "Your title"'''
assert log.contains(expected)
return true
