def site = new File(basedir, 'target/blog')
def post = new File(site, '2022/10/01/hello.html').getText('UTF-8')
// The theme's default layout and include, with the site's own post layout in place of the theme's.
assert post.contains('<body class="theme"><nav>theme nav</nav><main class="site-post">')
assert !post.contains('theme-post')
// The theme's assets are the site's; the theme folder's other files are not.
assert new File(site, 'assets/icons.svg').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
return true
