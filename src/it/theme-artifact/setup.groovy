// The theme jar this IT's POM names, made from theme/ and installed into the local repository.
def binding = new Binding(basedir: basedir, localRepositoryPath: localRepositoryPath,
        coordinates: 'io.github.blogpublish.it:jekyll-theme-plain:1.0')
assert new GroovyShell(binding).evaluate(new File(itSources, 'install-theme-jar.groovy')).isFile()
return true
