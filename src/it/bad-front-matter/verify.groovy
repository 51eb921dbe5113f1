def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Blog validation failed: 2 errors in 2 files (1 missing-title, 1 yaml-syntax)')
assert log.contains("[ERROR] src/main/blog/_posts/2022-10-02-no-title.md:1:1: error: missing required key 'title' (Jekyll takes it from the file name: No Title) [missing-title]")
assert log.contains('[ERROR]     hint: add a line to the front matter: title: "No Title"')
assert log.contains('[ERROR] src/main/blog/_posts/2022-10-03-broken-yaml.md:2:14: error: YAML syntax error: mapping values are not allowed here [yaml-syntax]')
assert log.contains('[ERROR]     hint: a value containing \': \' must be quoted: title: "Part 1: the start"')
// The good post is not mentioned, no later goal ran, and no stack trace is shown.
assert !log.contains('2022_10_plan.md:')
assert !log.contains('blog-maven-plugin:0.1.0-SNAPSHOT:render')
assert !(log =~ /(?m)^\s+at [a-z]+\./)
// The previous site is untouched and nothing half-written is left.
assert new File(basedir, 'target/blog/index.html').getText('UTF-8') == 'previous site'
assert !new File(basedir, 'target/blog.staging').exists()
assert !new File(basedir, 'target/bad-front-matter-1.0.zip').exists()
return true
