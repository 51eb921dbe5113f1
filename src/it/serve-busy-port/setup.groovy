// Something else listens on the port blog:serve is asked for, for as long as the build runs (the build is a
// separate process; verify.groovy closes the socket).
def socket = new java.net.ServerSocket()
socket.bind(new java.net.InetSocketAddress('127.0.0.1', 4799))
System.properties.put('blog.it.busyPort', socket)
return true
