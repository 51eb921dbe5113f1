def log = new File(basedir, 'build.log').getText('UTF-8')
// blog_rules in _config.yml: missing-title is a warning, with the title Jekyll uses; the build passes.
assert log.contains("[WARNING] src/main/blog/_posts/2022-10-01-no-title-here.md:1:1: warning: missing required key 'title' (Jekyll takes it from the file name: No Title Here) [missing-title]")
assert log.contains('[WARNING]     hint: add a line to the front matter: title: "No Title Here"')
// liquid-lax is off there: the argument without a colon is dropped as Jekyll drops it, and nothing is said.
assert !log.contains('liquid-lax')
assert new File(basedir, 'target/blog/2022/10/02/lax.html').getText('UTF-8').contains('<p>[]</p>')
assert new File(basedir, 'target/blog/2022/10/01/no-title-here.html').getText('UTF-8').contains('No Title Here')
assert log.contains('BUILD SUCCESS')
return true
