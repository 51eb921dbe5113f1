// The remote's gh-pages holds code, not a site. The project is a checkout of its own.
def tools = new GroovyShell(binding).evaluate(new File(itSources, 'git.groovy'))
tools.post(basedir)
tools.git(basedir, 'init')
tools.git(basedir, 'init', '--bare', 'remote.git')
def other = new File(basedir, 'target/other-clone')
new File(other, 'src').mkdirs()
tools.git(other, 'init')
new File(other, 'README.md').text = '# My code'
new File(other, 'src/Main.java').text = 'class Main {}'
tools.git(other, 'add', '.')
tools.git(other, 'commit', '-m', 'Code')
tools.git(other, 'push', new File(basedir, 'remote.git').absolutePath, 'HEAD:refs/heads/gh-pages')
return true
