def site = new File(basedir, 'target/blog')
def post = new File(site, '2022/10/01/hello.html').getText('UTF-8')
// theme: plain found jekyll-theme-plain among the plugin's dependencies: its layout, and its _data as site.data.
assert post.contains('<body class="named">Hello from the theme ')
assert new File(basedir, 'target/blog-themes/io.github.blogpublish.it.named/jekyll-theme-plain-1.0/_layouts/default.html').isFile()
assert new File(basedir, 'build.log').getText('UTF-8').contains('BUILD SUCCESS')
return true
