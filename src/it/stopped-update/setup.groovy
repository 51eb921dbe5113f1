// The state a build leaves when it is killed half way through moving changed files into the site: the new home
// page is in, the old one is aside in blog.previous, a new page is in, and the journal lists both.
def target = new File(basedir, 'target')
new File(target, 'blog/old').mkdirs()
new File(target, 'blog.previous').mkdirs()
new File(target, 'blog/index.html').text = 'half-new home'
new File(target, 'blog.previous/index.html').text = 'old home'
new File(target, 'blog/added.html').text = 'added by the stopped build'
new File(target, 'blog/old/page.html').text = 'old page'
new File(target, 'blog.journal').setText('Rindex.html\nAadded.html\n', 'UTF-8')
return true
