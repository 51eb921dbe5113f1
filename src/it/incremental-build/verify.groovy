// The incremental build says what it reused from the last build; a changed setting reuses nothing, and
// blog.incremental=false turns it off. The cache lives in target/blog-cache, outside the site and its zip.
// The package step copies the compressed entries of unchanged files from the last zip, and says how many.
// blog:render saves the cache while the build goes on; it is whole when the build has ended. blog:validate leaves
// its reports as they are when the same result made them.
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
def lines = log.readLines().findAll { it.startsWith('[INFO] Incremental build: ') }
assert lines == [
        '[INFO] Incremental build: no cache of an earlier build, so this one did everything; the next build reuses what does not change',
        '[INFO] Incremental build: reused 3 checked posts, 3 rendered bodies and 16 pages from the last build',
        '[INFO] Incremental build: reused 0 checked posts, 3 rendered bodies and 0 pages from the last build',
        // blog:render alone, twice: the first reuses no post (the cache is the third build's), and its cache,
        // saved while the build ended, is there for the second, which reuses them all.
        '[INFO] Incremental build: reused 0 checked posts, 3 rendered bodies and 0 pages from the last build',
        '[INFO] Incremental build: reused 3 checked posts, 3 rendered bodies and 16 pages from the last build',
] : lines
assert !log.contains('cache cannot be written')
// blog:validate's reports: made by the first build; the second, with the same result, leaves them as they are (a
// hidden record of what made them lies beside them), and says so.
def validated = log.readLines().findAll { it.startsWith('[INFO] Validated 3 posts') }
assert validated.size() == 4 : validated // builds 1 to 4; 5 and 6 run blog:render alone
assert validated[0].endsWith(' (reports in target/blog-reports)') : validated
assert validated[1].endsWith(' (reports in target/blog-reports, unchanged since the last run)') : validated
assert new File(basedir, 'target/blog-reports/.blog-validation.key').isFile()
assert new File(basedir, 'target/blog-reports/TEST-blog-validation.xml').isFile()
assert !new File(basedir, 'target/blog-cache/cache.bin.partial').exists()
// 16 pages: the three post pages, the home page (its excerpts are reused while no post's text changed), the three
// tag pages and the tag, category and year lists, sitemap, robots.txt and 404 page, and the search index
// (search.json and search.js: made of the same entries, they are the same files); not the feed.
def packaged = log.readLines().findAll { it.startsWith('[INFO] Packaged ') }.collect { it.replaceAll(/\d+\.\d KB/, 'n KB') }
assert packaged == [
        '[INFO] Packaged target/incremental-build-1.0.zip (18 entries, n KB)',
        '[INFO] Packaged target/incremental-build-1.0.zip (18 entries, n KB; 18 unchanged entries copied from the last zip)',
        '[INFO] Packaged target/incremental-build-1.0.zip (18 entries, n KB; 6 unchanged entries copied from the last zip)',
        '[INFO] Packaged target/incremental-build-1.0.zip (18 entries, n KB)',
] : packaged
assert new File(basedir, 'target/blog-cache/cache.bin').isFile()
assert new File(basedir, 'target/blog-cache/zip.index').isFile()
assert new File(basedir, 'target/blog/2022/10/01/post-1.html').getText('UTF-8').contains('제목 1')
def names = new ZipFile(new File(basedir, 'target/incremental-build-1.0.zip')).withCloseable { zip -> zip.entries()*.name }
assert names.every { !it.contains('blog-cache') } : names
return true
