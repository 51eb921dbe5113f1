// A long build says now and then what it is doing, with counts where the stage has them; the lines stop
// when the goal ends, and the summary lines follow as usual.
def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
def lines = log.readLines().findAll { it.startsWith('[INFO] Still building: ') }
assert !lines.isEmpty() : log
lines.each { assert it ==~ /\[INFO\] Still building: (reading the sources|checking front matter|rendering Markdown|rendering pages, lists and feeds|checking links|writing)( \([0-9,]+ of [0-9,]+\))?/ : it }
assert log.contains('[INFO] Validated 400 posts, 0 warnings in ')
assert log.contains('[INFO] Rendered 400 posts (')
def afterLast = log.substring(log.lastIndexOf('[INFO] Packaged '))
assert !afterLast.contains('Still building') : 'no progress line after the goals end'
return true
