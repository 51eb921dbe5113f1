def installed = new File(localRepositoryPath, 'io/github/blogpublish/it/packaging-blog/1.0')
assert new File(installed, 'packaging-blog-1.0.zip').isFile() : 'the zip is the main artifact'
assert new File(installed, 'packaging-blog-1.0.pom').isFile()
assert !new File(installed, 'packaging-blog-1.0-site.zip').exists()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Validated 1 post, 0 warnings')
assert log.contains('[INFO] Packaged target/packaging-blog-1.0.zip (14 entries, ')
return true
