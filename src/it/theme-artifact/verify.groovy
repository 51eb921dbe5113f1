def site = new File(basedir, 'target/blog')
def post = new File(site, '2022/10/01/hello.html').getText('UTF-8')
// The jar's default layout and include, with the site's own post layout in place of the theme's.
assert post.contains('<body class="plain"><header>Plain theme</header>\n<main class="site-post">')
assert !post.contains('plain-post')
// The theme's Sass, compiled with its _sass folder, styles every page.
assert new File(site, 'assets/css/style.css').getText('UTF-8') == 'body {\n  color: #222;\n}\n'
assert post.contains('<link rel="stylesheet" href="/assets/css/style.css">')
// The theme has no home layout: the built-in theme's stands in, inside the jar's default layout.
def home = new File(site, 'index.html').getText('UTF-8')
assert home.contains('<body class="plain"><header>Plain theme</header>')
assert home.contains('href="/2022/10/01/hello.html"')
// Only the jar's theme folders are taken out, into target/blog-themes; the built-in theme is taken out beside it.
def unpacked = new File(basedir, 'target/blog-themes/io.github.blogpublish.it/jekyll-theme-plain-1.0')
assert new File(unpacked, '_layouts/default.html').isFile()
assert !new File(unpacked, 'README.md').exists() && !new File(unpacked, 'META-INF').exists()
assert new File(basedir, 'target/blog-themes/built-in/_layouts/home.html').isFile()
assert !new File(site, 'README.md').exists()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
return true
