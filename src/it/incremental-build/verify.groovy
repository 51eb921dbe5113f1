// The incremental build says what it reused from the last build; a changed setting reuses nothing, and
// blog.incremental=false turns it off. The cache lives in target/blog-cache, outside the site and its zip.
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
def lines = log.readLines().findAll { it.startsWith('[INFO] Incremental build: ') }
assert lines == [
        '[INFO] Incremental build: reused 0 checked posts, 0 rendered bodies and 0 pages from the last build',
        '[INFO] Incremental build: reused 3 checked posts, 3 rendered bodies and 3 pages from the last build',
        '[INFO] Incremental build: reused 0 checked posts, 3 rendered bodies and 0 pages from the last build',
] : lines
assert new File(basedir, 'target/blog-cache/cache.bin').isFile()
assert new File(basedir, 'target/blog/2022/10/01/post-1.html').getText('UTF-8').contains('제목 1')
def names = new ZipFile(new File(basedir, 'target/incremental-build-1.0.zip')).withCloseable { zip -> zip.entries()*.name }
assert names.every { !it.contains('blog-cache') } : names
return true
