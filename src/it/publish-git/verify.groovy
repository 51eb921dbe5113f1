// Four publishes to the project's origin: the first creates gh-pages, the second (one post edited) adds one
// commit that changes that post's page and the pages that list it, the third (nothing changed) adds none.
def tools = new GroovyShell(binding).evaluate(new File(itSources, 'git.groovy'))
def remote = new File(basedir.parentFile, 'publish-git-remote.git')
def log = new File(basedir, 'build.log').getText('UTF-8')

def commits = tools.git(remote, 'log', '--format=%s', 'gh-pages').readLines()
def source = tools.git(basedir, 'rev-parse', '--short=7', 'HEAD').trim()
assert commits == ["Publish publish-git 1.0 from ${source}", "Publish publish-git 1.0 from ${source}"]

def files = tools.git(remote, 'ls-tree', '-r', '--name-only', 'gh-pages').readLines()
assert files.contains('.nojekyll') && files.contains('index.html')
assert tools.git(remote, 'show', 'gh-pages:CNAME') == 'blog.example.com\n' : "the host of _config.yml's url"
assert files.contains('daily_life/2022/10/01/2022_10_plan.html')
def page = tools.git(remote, 'show', 'gh-pages:daily_life/2022/10/01/2022_10_plan.html')
assert page.contains('추가한 문단입니다.')

def changed = tools.git(remote, 'diff', '--name-only', 'gh-pages~1', 'gh-pages').readLines()
assert changed.contains('daily_life/2022/10/01/2022_10_plan.html')
// Besides the post's page, only what shows its text: the feed, the search index, and lists with its excerpt.
def others = changed - 'daily_life/2022/10/01/2022_10_plan.html'
assert others.every { it in ['feed.xml', 'search.json', 'index.html'] } : "changed: ${changed}"
assert !changed.contains('assets/blog/blog.css') && !changed.contains('sitemap.xml')

def published = log.readLines().findAll { it.contains('files to gh-pages of ') }
assert published.size() == 2
assert published[0] ==~ /\[INFO\] Published ${files.size()} files to gh-pages of .*publish-git-remote\.git: commit [0-9a-f]{7} \(${files.size()} added, 0 changed, 0 removed\) in [0-9.]+ s/
assert published[1] ==~ /\[INFO\] Published ${files.size()} files to gh-pages of .*publish-git-remote\.git: commit [0-9a-f]{7} \(0 added, ${changed.size()} changed, 0 removed\) in [0-9.]+ s/
assert log.contains("[INFO] The branch gh-pages of ${remote.absolutePath} already holds this site (${files.size()} files): nothing to commit (checked in ")

// Fourth, the first text again with blog.publish.push=false: committed under target/ on top of the branch, not pushed.
def work = new File(basedir, 'target/blog-publish/repository.git')
assert log.readLines().any { it ==~ /\[INFO\] Committed [0-9a-f]{7} to gh-pages in target\/blog-publish\/repository\.git \(${files.size()} files; 0 added, ${changed.size()} changed, 0 removed\) in [0-9.]+ s, not pushed: blog\.publish\.push is false/ }
assert tools.git(work, 'log', '--format=%s', 'gh-pages').readLines().size() == 3
assert tools.git(work, 'rev-parse', 'gh-pages~1') == tools.git(remote, 'rev-parse', 'gh-pages')

// The checkout, its index and its stash are byte for byte as they were; the work happened under target/.
assert tools.snapshot(basedir) == new File(basedir.parentFile, 'publish-git-checkout.txt').getText('UTF-8')
assert tools.git(basedir, 'stash', 'list').contains('stash@{0}')
assert new File(basedir, 'target/blog-publish/repository.git').isDirectory()
// The settings.xml server's token (src/it/settings.xml) is never shown.
assert !log.contains('it-s3cret-token-4f9a')
return true
