def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
// A Hangul tag needs a folder named in Hangul; a C locale cannot name it: a clear error, no stack trace.
assert log.contains('Writing the site failed: 1 error in 1 file')
assert log =~ /error: cannot write the file tags\/.+\/index\.html: this Java can only write file names in /
assert log.contains('hint: run Maven with a UTF-8 locale, e.g. LC_ALL=C.UTF-8 mvn site-publish')
assert !(log =~ /(?m)^\s+at [a-z]+\./)
assert !new File(basedir, 'target/blog').exists()
return true
