// A site from an earlier, successful build: the failing build must leave it exactly as it is.
def previous = new File(basedir, 'target/blog/index.html')
previous.parentFile.mkdirs()
previous.setText('previous site', 'UTF-8')
return true
