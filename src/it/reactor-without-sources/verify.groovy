def log = new File(basedir, 'build.log').getText('UTF-8')
assert new File(basedir, 'blog/target/blog/daily_life/2022/10/01/2022_10_plan.html').isFile()
assert !new File(basedir, 'docs/target/blog').exists()
assert !new File(basedir, 'target/blog').exists()
// The root and docs have no sources: one line each, not one per goal.
assert log.count('[INFO] No blog sources in src/main/blog; skipping this project') == 2
assert log.contains('BUILD SUCCESS')
return true
