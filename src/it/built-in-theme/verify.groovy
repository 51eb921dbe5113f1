import java.util.zip.ZipFile

// With no layouts of its own, the blog gets the built-in theme: its look, its search, its lists.
def site = new File(basedir, 'target/blog')
def log = new File(basedir, 'build.log').getText('UTF-8')
def post = new File(site, '2024/03/01/sections.html').getText('UTF-8')
assert post.contains('<html lang="ko">')
assert post.contains('<nav class="toc toc-wide" aria-label="목차"><p class="toc-title">목차</p><ul><li class="depth-1"><a href="#준비">준비</a></li>')
assert post.contains('<span>1분 읽기</span>')
assert post.contains('<a class="tag" href="/tags/자바/">#자바</a>')
assert post.contains('<a rel="prev" href="/2023/11/20/older.html"><span>이전 글</span>지난해의 글</a>')
assert post.contains('<input type="search" id="search" placeholder="글 검색 (/ 키)"')
// The style sheet is linked relative to the page, so the site also reads from disk.
def css = (post =~ /<link rel="stylesheet" href="([^"]+)">/)[0][1]
assert !css.startsWith('/')
assert new File(new File(site, '2024/03/01'), css).canonicalFile == new File(site, 'assets/blog/theme.css').canonicalFile
assert post.contains('<li><a href="https://github.com/gildong" rel="me">GitHub</a></li>')

def home = new File(site, 'index.html').getText('UTF-8')
assert home.contains('<nav aria-label="Site"><a href="/about.html">소개</a><a href="/tags/">태그</a><a href="/archive/">보관함</a></nav>')
assert home.contains('<p class="excerpt">처음 문단.</p>')

def tags = new File(site, 'tags/index.html').getText('UTF-8')
assert tags.contains('<li><a href="/tags/maven/">maven</a> <span class="count">2</span></li>')
assert new File(site, 'tags/자바/index.html').getText('UTF-8').contains('<h1>태그: 자바</h1>')
assert new File(site, 'archive/index.html').getText('UTF-8').contains('<h2 id="y2023">2023 <span class="count">1</span></h2>')
assert new File(site, 'sitemap.xml').getText('UTF-8').contains('<loc>/tags/maven/</loc>')
assert new File(site, 'search.js').getText('UTF-8').startsWith('window.blogSearchIndex([')

def zip = new ZipFile(new File(basedir, 'target/built-in-theme-1.0.zip'))
try {
    def entries = zip.entries().collect { it.name }
    assert entries.containsAll(['assets/blog/theme.css', 'assets/blog/theme.js', 'search.js', 'search.json',
            'tags/index.html', 'categories/index.html', 'archive/index.html', 'about.html'])
} finally {
    zip.close()
}
assert log =~ /\[INFO\] Rendered 2 posts \(\d+ files\) into target\/blog in /
return true
