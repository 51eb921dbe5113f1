// The project is a Git checkout with no remote, and the POM names no repository.
def tools = new GroovyShell(binding).evaluate(new File(itSources, 'git.groovy'))
tools.post(basedir)
tools.git(basedir, 'init')
return true
