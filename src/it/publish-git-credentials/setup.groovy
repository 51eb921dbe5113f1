// A Git server on loopback that refuses the credentials it is sent, as GitHub refuses a token without write access:
// it answers every request 401 and notes the Authorization header each one had. It runs in the invoker's JVM
// while Maven builds the project; verify.groovy stops it. The POM is given its address.
import com.sun.net.httpserver.HttpHandler
import com.sun.net.httpserver.HttpServer

def tools = new GroovyShell(binding).evaluate(new File(itSources, 'git.groovy'))
tools.post(basedir)
tools.git(basedir, 'init')
def seen = new File(basedir, 'target/authorizations.txt')
seen.parentFile.mkdirs()
def server = HttpServer.create(new InetSocketAddress(InetAddress.loopbackAddress, 0), 0)
server.createContext('/', { exchange ->
    seen << (exchange.requestHeaders.getFirst('Authorization') ?: 'none') + '\n'
    exchange.responseHeaders.add('WWW-Authenticate', 'Basic realm="git"')
    exchange.sendResponseHeaders(401, -1)
    exchange.close()
} as HttpHandler)
server.start()
System.properties.put('blog.it.gitServer', server)
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('REMOTE', "http://127.0.0.1:${server.address.port}/you/blog.git")
return true
