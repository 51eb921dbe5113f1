import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def site = new File(basedir, 'target/blog')
def read = { String path -> new File(site, path).getText('UTF-8') }
def log = new File(basedir, 'build.log').getText('UTF-8')

def links = read('2022/10/02/links.html')
assert links.contains('<a href="/blog/daily_life/2022/10/01/2022_10_plan.html">the plan</a>')
assert links.contains('<a href="/blog/about.html">about</a>') : 'link applies the base URL, as in Jekyll 4'
assert links.contains('<aside class="note">Included with a parameter</aside>')
assert links.contains('<span class="k">int</span>')
assert links.contains('Written by 김블로거.')
assert read('about.html').contains('<img src="/blog/assets/logo.svg" alt="logo" />')
assert new File(site, 'assets/logo.svg').isFile()
assert !new File(site, 'notes').exists() : 'excluded'

// Paginated home, archives, feed, sitemap, search index, robots, 404.
assert read('index.html').contains('Third') && read('page2/index.html').contains('2022_10_plan.html')
assert read('tags/maven/index.html').contains('links.html')
assert read('tags/블로그/index.html').contains('links.html')
def feed = new XmlSlurper().parse(new File(site, 'feed.xml'))
assert feed.entry.size() == 3
assert feed.entry[2].title.text() == '회고하는 9월, 계획하는 10월'
def sitemap = new XmlSlurper().parse(new File(site, 'sitemap.xml'))
assert sitemap.url.loc*.text().contains('https://blog.example.org/blog/about.html')
def search = new JsonSlurper().parse(new File(site, 'search.json'))
assert search*.title == ['Third', 'Links and includes', '회고하는 9월, 계획하는 10월']
assert read('robots.txt').contains('Sitemap: https://blog.example.org/blog/sitemap.xml')
assert read('404.html').contains('Page not found')

assert log =~ /\[INFO\] Rendered 3 posts \(\d+ files\) into target\/blog in /
return true
