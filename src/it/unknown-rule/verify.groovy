def log = new File(basedir, 'build.log').getText('UTF-8')
// A misspelt rule id: an error at the POM with a did-you-mean; a level that is none: an error saying what to write.
assert log.contains("[ERROR] pom.xml: error: unknown rule 'mising-title' in -Dblog.rules [unknown-rule]")
assert log.contains('[ERROR]     hint: did you mean missing-title?')
assert log.contains("[ERROR] pom.xml: error: rule broken-link in -Dblog.rules is set to 'loud', which is no level [unknown-rule]")
assert log.contains('[ERROR]     hint: write broken-link=error, broken-link=warning or broken-link=off')
assert log.contains('Blog validation failed: 2 errors in 1 file (2 unknown-rule)')
assert !new File(basedir, 'target/blog').exists()
assert !(log =~ /(?m)^\s+at [a-z]+\./)
return true
