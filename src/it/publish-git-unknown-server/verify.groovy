// A server id settings.xml lacks: one message with the <server> to add, before anything is published.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('blog.publish.serverId is "no-such-server", but settings.xml has no <server> with that id')
assert log.contains('[ERROR]     hint: add <server><id>no-such-server</id><username>you</username><password>a token</password></server> to ~/.m2/settings.xml')
assert !log.contains('\tat ') && !log.contains('Caused by') : 'no stack trace'
assert !new File(basedir, 'target/blog-publish').exists()
return true
