// blog:serve runs in its own process until stopped. Beside it, this thread waits for the site, edits a post's text
// as an editor saves it, waits until the page serves the new text, notes what it served, then stops the server as
// Ctrl+C does (the signal of a terminal's interrupt goes to the process: here, SIGTERM through ProcessHandle).
def page = new URL('http://127.0.0.1:4798/2022/10/01/hello.html')
def post = new File(basedir, 'src/main/blog/_posts/2022-10-01-hello.md')
def served = new File(basedir, 'served.txt')
def fetch = { ->
    try {
        return page.getText('UTF-8')
    } catch (IOException notYet) {
        return null
    }
}
Thread.start('serve-text-edit') {
    try {
        long deadline = System.currentTimeMillis() + 150_000
        while (fetch() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(200)
        }
        Thread.sleep(500) // the watcher is running once the site is served
        post.setText('---\ntitle: Hello\n---\nFirst words of the post, and *edited* words.\n', 'UTF-8')
        String text = fetch()
        while ((text == null || !text.contains('<em>edited</em>')) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100)
            text = fetch()
        }
        served.setText(text ?: '', 'UTF-8')
        Thread.sleep(1000) // the rebuild's log line is written just after the site is swapped
    } finally {
        ProcessHandle.allProcesses()
                .filter { it.info().commandLine().map { it.contains('-Dblog.port=4798') && it.contains(':serve') }.orElse(false) }
                .forEach { it.destroy() }
    }
}
return true
