// The remote's gh-pages holds a site published before, and someone is pushing to it right now: git holds the
// branch's lock file, as during another push. The project is a checkout of its own (so the plugin's never counts).
def tools = new GroovyShell(binding).evaluate(new File(itSources, 'git.groovy'))
tools.post(basedir)
tools.git(basedir, 'init')
tools.git(basedir, 'init', '--bare', 'remote.git')
def other = new File(basedir, 'target/other-publisher')
other.mkdirs()
tools.git(other, 'init')
new File(other, 'index.html').text = '<h1>published before</h1>'
tools.git(other, 'add', '.')
tools.git(other, 'commit', '-m', 'Published before')
tools.git(other, 'push', new File(basedir, 'remote.git').absolutePath, 'HEAD:refs/heads/gh-pages')
new File(basedir, 'remote.git/refs/heads/gh-pages.lock').text = ''
new File(basedir, 'target/remote-before.txt').text = tools.git(new File(basedir, 'remote.git'), 'rev-parse', 'gh-pages')
return true
