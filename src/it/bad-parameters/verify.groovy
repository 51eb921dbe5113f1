// A wrong setting on the command line or in the POM names the setting, its value and what to write instead.
def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains('''[ERROR] Failed to execute goal io.github.blogpublish:blog-maven-plugin:''')
assert log.contains('''blog.timezone is "Mars/Olympus", which is not a time zone.
[ERROR]     hint: use a zone name such as Asia/Seoul, Europe/Berlin or UTC''')
assert log.contains('''blog.unknownLiquid is "ignore".
[ERROR]     hint: write error or warning''')
assert log.contains('''blog.brokenLinks is "maybe".
[ERROR]     hint: write error or warning''')
assert log.contains('project.build.outputTimestamp is "yesterday"; write an ISO 8601 time such as 2026-01-01T00:00:00Z, or seconds since 1970')
assert log.contains('''blog.threads is -1.
[ERROR]     hint: write a number of threads, or 0 for one per processor''')
// An output folder that would replace the sources is refused before anything is written; the post survives.
assert log.contains('src/main/blog: error: refusing to write the site to this folder: it contains the project or its sources, which would be deleted [output-folder]')
assert log.contains('hint: set blog.outputDirectory to a folder of its own, such as ${project.build.directory}/blog')
assert new File(basedir, 'src/main/blog/_posts/2022-10-01-hello.md').isFile()
assert !log.contains('\tat ')
assert !new File(basedir, 'target/bad-parameters-1.0.zip').exists()
return true
