def log = new File(basedir, 'build.log').getText('UTF-8')
// Everything Jekyll builds is built, and what Jekyll takes silently is a warning at its line, with the fix.
assert log.contains('[WARNING] src/main/blog/_posts/2023-01-29-jekyll-3-9-3-released.markdown:3:7: warning: \'date\' is not a valid date: unexpected text after the date: " 2023 -0800" (Jekyll ignores it and reads 2023-01-29 18:30:22 +0000) [date-trailing-text]')
assert log.contains('[WARNING]     hint: write date: 2023-01-29 18:30:22 +0000')
assert log.contains("[WARNING] src/main/blog/_posts/2023-02-01-welcome-to-jekyll.md:1:1: warning: missing required key 'title' (Jekyll takes it from the file name: Welcome To Jekyll) [missing-title]")
assert log.contains('[WARNING] src/main/blog/_posts/2016-07-19-optional-date.md:3:7: warning: \'date\' is not a valid date: unexpected text after the date: " (optional)" (Jekyll ignores it and reads 2016-07-19) [date-trailing-text]')
assert log.contains('[WARNING] 3 warnings by rule: 2 date-trailing-text, 1 missing-title')
// The end of the build says which rules to turn back on.
assert log.contains('[INFO] blog.profile=jekyll let through what the strict profile fails on; when it is fixed, turn the rules back on one by one (-Dblog.rules=date-trailing-text=error,missing-title=error), then drop blog.profile')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/blog/2023/01/29/jekyll-3-9-3-released.html').isFile()
assert new File(basedir, 'target/blog/2023/02/01/welcome-to-jekyll.html').getText('UTF-8').contains('Welcome To Jekyll')
assert new File(basedir, 'target/blog/2016/07/19/optional-date.html').isFile()
return true
