def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains('Rendering failed: 2 errors in 1 file')
assert log.contains('[ERROR] src/main/blog/_posts/2022-10-01-links.md:6: error: broken link in 2022/10/01/links.html: /blog/2022/09/30/missing.html (no file of the site is there) [broken-link]')
assert log.contains('[ERROR] src/main/blog/_posts/2022-10-01-links.md:8: error: broken link in 2022/10/01/links.html: /images/photo.jpg (it does not start with the base URL /blog) [broken-link]')
assert log.contains("[ERROR]     hint: write the link with {{ '/images/photo.jpg' | relative_url }} so it gets the base URL /blog")
// Second run, downgraded to warnings: the site is written.
assert log.contains('[WARNING] src/main/blog/_posts/2022-10-01-links.md:6: warning: broken link in 2022/10/01/links.html')
assert new File(basedir, 'target/blog/2022/10/01/links.html').isFile()
return true
