def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 3')
for (m in ['one', 'two', 'three']) {
    def site = new File(basedir, "${m}/target/blog")
    // Each blog has its own posts, title and tags: nothing leaked between the builds running side by side.
    def index = new File(site, 'index.html').getText('UTF-8')
    assert index.contains("<h1 class=\"home-title\">Blog ${m}</h1>")
    def others = ['one', 'two', 'three'] - m
    others.each { assert !index.contains("${it}-post-") : "blog ${m} lists a post of blog ${it}" }
    assert new File(site, "tags/${m}/index.html").isFile()
    assert new File(basedir, "${m}/target/${m}-1.0.zip").isFile()
    assert log.contains("Validated 30 posts, 0 warnings")
}
// Every goal is thread-safe: Maven prints no warning about goals "not marked as thread-safe".
assert !log.contains('not marked as thread-safe')
assert log.contains('BUILD SUCCESS')
return true
