// The push is refused while another holds the branch: one message with what to do, the branch as it was.
def tools = new GroovyShell(binding).evaluate(new File(itSources, 'git.groovy'))
def remote = new File(basedir, 'remote.git')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] pom.xml: error: the push to gh-pages of ${remote.absolutePath} was refused")
assert log.contains('; the branch is unchanged [publish-rejected]')
assert log.contains('[ERROR]     hint: if someone else is publishing, wait and run the publish again')
assert !log.contains('\tat ') && !log.contains('Caused by') : 'no stack trace'
assert tools.git(remote, 'rev-parse', 'gh-pages') == new File(basedir, 'target/remote-before.txt').text
assert tools.git(remote, 'log', '--format=%s', 'gh-pages').readLines() == ['Published before']
assert !log.contains('it-s3cret-token-4f9a')
return true
