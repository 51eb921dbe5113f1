// The remote refuses the settings.xml server's token: one message with the fix, and the token is in no log line,
// though it was sent (as HTTP Basic credentials, which the server noted).
def server = System.properties.remove('blog.it.gitServer')
server?.stop(0)
def log = new File(basedir, 'build.log').getText('UTF-8')
def port = new File(basedir, 'pom.xml').text.find(/127\.0\.0\.1:(\d+)/) { all, p -> p }
assert log.contains("[ERROR] pom.xml: error: http://127.0.0.1:${port}/you/blog.git refused the credentials of the "
        + 'settings.xml server blog.publish.serverId names [publish-credentials]')
assert log.contains('[ERROR]     hint: give that server a token that may push to the repository')
assert !log.contains('\tat ') && !log.contains('Caused by') : 'no stack trace'
def sent = 'Basic ' + 'it-publisher:it-s3cret-token-4f9a'.bytes.encodeBase64().toString()
assert new File(basedir, 'target/authorizations.txt').readLines().contains(sent)
assert !log.contains('it-s3cret-token-4f9a') && !log.contains('it-publisher')
assert !log.contains(sent.substring(6))
return true
