def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains('Blog validation failed: 4 errors in 4 files')
assert log.contains('''[ERROR] src/main/blog/_posts/2022-10-01-alias-bomb.md:2:1: error: YAML cannot be loaded: Number of aliases for non-scalar nodes exceeds the specified max=50 [yaml-limits]
[ERROR]     hint: use anchors and aliases (&name, *name) at most 50 times''')
assert log.contains('''[ERROR] src/main/blog/_posts/2022-10-02-java-tag.md:2:8: error: the YAML tag !!javax.script.ScriptEngineManager is not allowed [yaml-tag]''')
assert log.contains('''[ERROR] src/main/blog/_posts/2022-10-03-deep.md:2:1: error: YAML cannot be loaded: Nesting Depth exceeded max 50 [yaml-limits]
[ERROR]     hint: nest lists and maps at most 50 levels deep''')
assert log.contains('''[ERROR] src/main/blog/_posts/2022-10-04-huge.md: error: the file is 50 MB; the limit is 10 MB [file-unreadable]''')
assert !log.contains('OutOfMemoryError')
// Nothing was created: no site, no staging folder, no archive; only the reports, and the built-in theme taken out
// of the plugin's jar (target/blog-themes), as any theme is.
def target = new File(basedir, 'target')
def created = target.exists() ? target.listFiles().collect { it.name }.sort() : []
assert (created - ['blog-reports', 'blog-themes']).isEmpty() : "only the reports may be written, found ${created}"
return true
