import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
// First run: ten mistakes in six posts, reported once, sorted by file and line, each with a hint.
assert log.contains('Blog validation failed: 10 errors in 6 files')
def errors = log.readLines().findAll { it ==~ /\[ERROR\] src\/main\/blog\/_posts\/.*: error: .*/ }
assert errors.size() == 10
def places = errors.collect { (it =~ /_posts\/([^:]+):(\d+):(\d+)/)[0] }.collect { [it[1], it[2] as int, it[3] as int] }
assert places == places.sort(false) { a, b -> a[0] <=> b[0] ?: a[1] <=> b[1] ?: a[2] <=> b[2] } : 'sorted by file, line and column'
assert places.collect { it[0] }.unique().size() == 6
def lines = log.readLines()
errors.each { e -> assert lines[lines.indexOf(e) + 1].startsWith('[ERROR]     hint: ') }

// The reports of the failed run were replaced by the second, fixed run's; they exist and parse.
def reports = new File(basedir, 'target/blog-reports')
def json = new JsonSlurper().parse(new File(reports, 'blog-validation.json'))
assert json.checkedFiles == 6 && json.errors == 0
def junit = new XmlSlurper().parse(new File(reports, 'TEST-blog-validation.xml'))
assert junit.@tests.text() == '6' && junit.@failures.text() == '0'
def sarif = new JsonSlurper().parse(new File(reports, 'blog-validation.sarif'))
assert sarif.version == '2.1.0'

// Second run, with the mistakes fixed: the site builds.
assert log.contains('[INFO] Validated 6 posts, 0 warnings')
assert new File(basedir, 'target/blog/2022/10/04/fourth.html').getText('UTF-8').contains('<h1>Part 4: the end</h1>')
assert new File(basedir, 'target/blog/sixth.html').isFile()
return true
