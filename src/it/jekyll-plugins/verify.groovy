def site = new File(basedir, 'target/blog')
def text = { String path -> new File(site, path).getText('UTF-8') }
// jekyll-seo-tag and jekyll-feed's tag in the layout.
def first = text('2022/10/01/first.html')
assert first.contains('<title>First | Plugins</title>')
assert first.contains('<link rel="canonical" href="https://blog.example.org/2022/10/01/first.html" />')
assert first.contains('<script type="application/ld+json">')
assert first.contains('<link type="application/atom+xml" rel="alternate" href="https://blog.example.org/feed.xml" title="Plugins" />')
// jemoji
assert first.contains('Shipped <img class="emoji" title=":rocket:" alt=":rocket:" src="https://github.githubassets.com/images/icons/emoji/unicode/1f680.png" height="20" width="20">')
// jekyll-paginate on the site's own index.html: one post a page.
assert text('index.html').contains('<a href="/2022/10/02/second.html">Second</a>')
assert text('index.html').contains('<a href="/page2/">Older</a>')
assert text('page2/index.html').contains('<a href="/2022/10/01/first.html">First</a>')
// jekyll-archives: the tag page through the site's layout.
assert text('tag/java/index.html').contains('<h1>java</h1>')
// jekyll-redirect-from
assert text('old-first/index.html').contains('<meta http-equiv="refresh" content="0; url=https://blog.example.org/2022/10/01/first.html">')
assert text('redirects.json') == '{"/old-first/":"https://blog.example.org/2022/10/01/first.html"}'
// jekyll-feed and jekyll-sitemap
assert text('feed.xml').contains('<entry><title type="html">Second</title>')
assert text('sitemap.xml').contains('<loc>https://blog.example.org/tag/java/</loc>')
assert !text('sitemap.xml').contains('old-first')
assert text('robots.txt') == 'Sitemap: https://blog.example.org/sitemap.xml\n'
assert new File(basedir, 'build.log').getText('UTF-8').contains('BUILD SUCCESS')
return true
