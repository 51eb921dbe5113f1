// A post that would loop for ever, grow a text without bound or nest highlight blocks fails the build quickly,
// at its file and line, with the limit or the fix in its hint; no site is written.
def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains('[ERROR] src/main/blog/_posts/2022-10-03-code.md:6: error: {% highlight %} inside the {% highlight %} of line 4 [liquid-highlight]')
assert log.contains('hint: close each {% highlight %} with {% endhighlight %} before the next one opens')
assert log.contains('[ERROR] src/main/blog/_posts/2022-10-01-loop.md:4: error: Liquid failed: exceeded maxIterations: 1000000 [liquid-render]')
assert log.contains('hint: loops of one page may run 1000000 times in all; loop over fewer items')
assert log.contains('[ERROR] src/main/blog/_posts/2022-10-02-grow.md:4: error: Liquid failed: the filter append made a text of 8388608 characters; the limit is 4194304 [liquid-render]')
assert log.contains('hint: one page may hold 33554432 characters, one joined text 4194304')
assert !log.contains('\tat ')
assert !new File(basedir, 'target/blog').exists()
return true
