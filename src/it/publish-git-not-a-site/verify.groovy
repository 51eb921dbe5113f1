// A branch that holds no site is left alone: one message naming what it holds and the two ways out.
def tools = new GroovyShell(binding).evaluate(new File(itSources, 'git.groovy'))
def remote = new File(basedir, 'remote.git')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] pom.xml: error: the branch gh-pages of ${remote.absolutePath} holds README.md, src/ but no "
        + 'index.html at its top: it does not look like a published site, so it is left as it is [publish-branch]')
assert log.contains('[ERROR]     hint: name another branch (blog.publish.branch), or set blog.publish.force=true')
assert !log.contains('\tat ') && !log.contains('Caused by') : 'no stack trace'
assert tools.git(remote, 'log', '--format=%s', 'gh-pages').readLines() == ['Code']
assert !log.contains('it-s3cret-token-4f9a')
return true
