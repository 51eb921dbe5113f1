// The project is a Git checkout whose origin is a bare repository beside it, with a commit, a stash, a staged
// change and an untracked file; its snapshot is kept beside it for verify.groovy. The real post is copied in
// twice: as it is, and edited (src/edited/blog) for the second publish, each with a _config.yml giving its url.
def tools = new GroovyShell(binding).evaluate(new File(itSources, 'git.groovy'))
def remote = new File(basedir.parentFile, 'publish-git-remote.git')
remote.deleteDir()
tools.git(basedir.parentFile, 'init', '--bare', remote.name)
def post = new File(realPost).getText('UTF-8')
new File(basedir, 'src/main/blog/_posts').mkdirs()
new File(basedir, 'src/main/blog/_posts/2022-10-01-2022_10_plan.md').setText(post, 'UTF-8')
new File(basedir, 'src/edited/blog/_posts').mkdirs()
new File(basedir, 'src/edited/blog/_posts/2022-10-01-2022_10_plan.md').setText(post + '\n추가한 문단입니다.\n', 'UTF-8')
// The blog's address is on its own domain: the branch gets a CNAME naming it, for GitHub Pages.
['src/main/blog', 'src/edited/blog'].each { new File(basedir, "${it}/_config.yml").text = 'url: https://blog.example.com\n' }
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
tools.git(basedir, 'init')
tools.git(basedir, 'remote', 'add', 'origin', remote.absolutePath)
tools.git(basedir, 'add', '.')
tools.git(basedir, 'commit', '-m', 'My blog')
new File(basedir, 'stashed.txt').text = 'kept in the stash'
tools.git(basedir, 'add', 'stashed.txt')
tools.git(basedir, 'stash')
new File(basedir, 'staged.txt').text = 'staged, not committed'
tools.git(basedir, 'add', 'staged.txt')
new File(basedir, 'untracked.txt').text = 'not added'
new File(basedir.parentFile, 'publish-git-checkout.txt').setText(tools.snapshot(basedir), 'UTF-8')
return true
