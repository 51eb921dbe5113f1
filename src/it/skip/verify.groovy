def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('[INFO] Skipping the blog: blog.skip is true') == 1 : 'said once, not once per goal'
assert !new File(basedir, 'target/blog').exists()
assert !new File(basedir, 'target/skip-1.0.zip').exists()
return true
