// The POM names a settings.xml server that settings.xml does not have.
def tools = new GroovyShell(binding).evaluate(new File(itSources, 'git.groovy'))
tools.post(basedir)
tools.git(basedir, 'init')
return true
