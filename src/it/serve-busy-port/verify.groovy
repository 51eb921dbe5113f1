// A busy port is one clear error with what to do, not a stack trace and not a hang.
System.properties.remove('blog.it.busyPort')?.close()
def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log =~ /\[ERROR\] src\/main\/blog: error: cannot listen on 127\.0\.0\.1:4799: .+\n\[ERROR\]     hint: stop what uses port 4799, or choose another: -Dblog\.port=4800/
assert !log.contains('Serving http')
assert !log.contains('java.net.BindException:')
assert !log.contains('\tat ')
return true
