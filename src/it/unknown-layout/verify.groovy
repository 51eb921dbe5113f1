def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains('''[ERROR] src/main/blog/_posts/2022-10-01-typo.md:3:9: error: unknown layout 'posst' [unknown-layout]
[ERROR]     hint: did you mean 'post'? write layout: post''')
// The site's own layout is offered next to the built-in ones.
assert log.contains('''[ERROR] src/main/blog/_posts/2022-10-02-missing.md:3:9: error: unknown layout 'gallery' [unknown-layout]
[ERROR]     hint: use one of 404, archive, default, home, page, post, redirect, terms, wide, years, or add _layouts/gallery.html''')
assert !new File(basedir, 'target/blog').exists()
return true
