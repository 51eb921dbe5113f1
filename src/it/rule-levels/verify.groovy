def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/(?m)^\[INFO\] Scanning for projects/)
def first = runs[1]
def second = runs[2]
// missing-title is a warning (the POM): printed with its rule, the fix, and the title Jekyll uses; the build passes.
assert first.contains("[WARNING] src/main/blog/_posts/2022-10-01-welcome-to-jekyll.md:1:1: warning: missing required key 'title' (Jekyll takes it from the file name: Welcome To Jekyll) [missing-title]")
assert first.contains('[WARNING]     hint: add a line to the front matter: title: "Welcome To Jekyll"')
assert first.contains('[WARNING] 1 warning by rule: 1 missing-title')
// date-trailing-text is off (-Dblog.rules): not a word of it.
assert !first.contains('date-trailing-text')
assert first.contains('BUILD SUCCESS')
def page = new File(basedir, 'target/blog/2022/10/01/welcome-to-jekyll.html')
assert page.isFile()
assert page.getText('UTF-8').contains('<title>Welcome To Jekyll')
assert new File(basedir, 'target/blog/2016/07/19/optional-date.html').isFile()
// Without -Dblog.rules the trailing text fails the build, naming its line, its rule and the date to write.
assert second.contains('[ERROR] src/main/blog/_posts/2016-07-19-optional-date.md:3:7: error: \'date\' is not a valid date: unexpected text after the date: " (optional)" (Jekyll ignores it and reads 2016-07-19) [date-trailing-text]')
assert second.contains('[ERROR]     hint: write date: 2016-07-19')
assert second.contains('Blog validation failed: 1 error in 1 file (1 date-trailing-text)')
assert !(log =~ /(?m)^\s+at [a-z]+\./)
return true
