// An edit of a post's text alone is rebuilt from the last build (its page and the pages that show its text made
// again), said so in the log, and served; the preview writes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains('[INFO] Serving http://127.0.0.1:4798/ (Ctrl+C to stop)')
assert log =~ /\[INFO\] Rebuilt 2 posts \(first build\) in \d+\.\d\d s \[scan /
assert log =~ /\[INFO\] Rebuilt 2 posts \(_posts\/2022-10-01-hello\.md changed; text only, \d+ files made again\) in \d+\.\d\d s \[read \d+ ms, markdown \d+ ms, pages \d+ ms, link check \d+ ms\]/
def served = new File(basedir, 'served.txt').getText('UTF-8')
assert served.contains('<p>First words of the post, and <em>edited</em> words.</p>')
assert served.contains("new EventSource('/__blog/events')")
assert !new File(basedir, 'target/blog').exists()
assert !log.contains('\tat ')
return true
