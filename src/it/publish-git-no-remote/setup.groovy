// The project is a Git checkout with no remote, and the POM names no repository.
def tools = new GroovyShell(binding).evaluate(new File(itSources, 'git.groovy'))
new File(basedir, 'src/main/blog/_posts').mkdirs()
new File(basedir, 'src/main/blog/_posts/2022-10-01-2022_10_plan.md').setText(new File(realPost).getText('UTF-8'), 'UTF-8')
tools.git(basedir, 'init')
return true
