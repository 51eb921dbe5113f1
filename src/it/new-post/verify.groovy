def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
def posts = new File(basedir, 'src/main/blog/_posts')
def created = posts.listFiles().findAll { it.name.endsWith('-hello-from-the-it.md') }
assert created.size() == 1
def post = created[0]
assert post.name ==~ /\d{4}-\d{2}-\d{2}-hello-from-the-it\.md/
assert post.getText('UTF-8') == '---\ntitle: "Hello from the IT"\nlayout: post\ntags: ["maven", "it"]\n---\n\n'
assert log.contains("[INFO] Created src/main/blog/_posts/${post.name}")
// The second call refuses to overwrite.
assert log.contains("error: this post already exists; it is left as it is")
// The next build accepts the post.
assert log.contains('[INFO] Validated 1 post, 0 warnings')
def date = post.name.substring(0, 10).replace('-', '/')
assert new File(basedir, "target/blog/${date}/hello-from-the-it.html").getText('UTF-8').contains('<h1>Hello from the IT</h1>')
return true
