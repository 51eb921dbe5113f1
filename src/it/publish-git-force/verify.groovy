// blog.publish.force=true: the branch's code is replaced by the site in a new commit on top of it; history kept.
def tools = new GroovyShell(binding).evaluate(new File(itSources, 'git.groovy'))
def remote = new File(basedir, 'remote.git')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert tools.git(remote, 'log', '--format=%s', 'gh-pages').readLines() == ['Publish publish-git-force 1.0', 'Code']
def files = tools.git(remote, 'ls-tree', '-r', '--name-only', 'gh-pages').readLines()
assert files.contains('index.html') && files.contains('.nojekyll') && !files.contains('README.md') && !files.contains('src/Main.java')
assert log.readLines().any { it ==~ /\[INFO\] Published ${files.size()} files to gh-pages of .*remote\.git: commit [0-9a-f]{7} \(${files.size()} added, 0 changed, 2 removed\) in [0-9.]+ s/ }
assert !log.contains('it-s3cret-token-4f9a')
return true
