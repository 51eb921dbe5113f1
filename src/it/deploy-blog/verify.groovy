// mvn deploy of a blog-packaged project: the zip is the main artifact, deployed with its POM and checksums.
binding.setVariable('zipName', "${basedir.name}-1.0.zip")
assert new GroovyShell(binding).evaluate(new File(itSources, 'deploy-checks.groovy'))
assert !new File(basedir, "target/repository/io/github/blogpublish/it/${basedir.name}/1.0/${basedir.name}-1.0-site.zip").exists()
return true
