import java.util.zip.ZipFile

def title = '회고하는 9월, 계획하는 10월'
def log = new File(basedir, 'build.log').getText('UTF-8')
def post = new File(basedir, 'target/blog/daily_life/2022/10/01/2022_10_plan.html')
assert post.isFile()
def html = post.getText('UTF-8')
assert html.contains("<title>${title}")
assert html.contains("<h1>${title}</h1>")
assert html.contains('『규칙없음』을 다 읽고 나서 『크래프톤웨이』를 읽을지 다른 거를 읽을지 고민 중이긴 하다! 2권은 읽어봅시다.')
assert html.replaceAll(/\s+/, ' ').contains('2권은 읽어봅시다.</p> <hr />')

def index = new File(basedir, 'target/blog/index.html').getText('UTF-8')
assert index.contains("<a href=\"/daily_life/2022/10/01/2022_10_plan.html\">${title}</a>")

def zip = new ZipFile(new File(basedir, 'target/real-post-1.0.zip'))
try {
    // The post, the home page, the built-in theme's lists, style sheet and script, the feed, sitemap and search index.
    assert zip.entries().collect { it.name } == ['404.html', 'archive/index.html', 'assets/blog/theme.css',
            'assets/blog/theme.js', 'categories/daily-life/index.html', 'categories/index.html',
            'daily_life/2022/10/01/2022_10_plan.html', 'feed.xml', 'index.html', 'robots.txt', 'search.js', 'search.json',
            'sitemap.xml', 'tags/index.html']
} finally {
    zip.close()
}

assert log.contains('[INFO] Validated 1 post, 0 warnings')
assert log =~ /\[INFO\] Rendered 1 post \(14 files\) into target\/blog in /
assert log.contains('[INFO] Packaged target/real-post-1.0.zip (14 entries, ')
assert log.contains('[INFO] Site ready in target/blog and packaged as target/real-post-1.0.zip')
return true
