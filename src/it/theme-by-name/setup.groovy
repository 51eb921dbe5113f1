// The theme jar the plugin's <dependencies> name, made from theme/ and installed into the local repository.
def binding = new Binding(basedir: basedir, localRepositoryPath: localRepositoryPath,
        coordinates: 'io.github.blogpublish.it.named:jekyll-theme-plain:1.0')
assert new GroovyShell(binding).evaluate(new File(itSources, 'install-theme-jar.groovy')).isFile()
return true
