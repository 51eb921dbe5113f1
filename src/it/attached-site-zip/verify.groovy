def installed = new File(localRepositoryPath, 'io/github/blogpublish/it/attached-site-zip/1.0')
assert new File(installed, 'attached-site-zip-1.0-site.zip').isFile() : 'the zip is attached with classifier site'
assert new File(installed, 'attached-site-zip-1.0.pom').isFile()
return true
