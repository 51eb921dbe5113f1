def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
// First run: both unknown names fail the build at their lines.
assert log.contains("[ERROR] src/main/blog/_posts/2022-10-01-video.md:6:1: error: unknown Liquid tag 'oembed' [unknown-liquid]")
assert log.contains("[ERROR]     hint: it may come from a Jekyll plugin this build does not have; remove it, or set blog.unknownLiquid=warning to build without it")
assert log.contains("[ERROR] src/main/blog/_posts/2022-10-01-video.md:8:20: error: unknown Liquid filter 'smarten' [unknown-liquid]")
// Second run, downgraded: warnings, and the site builds without them.
assert log.contains("[WARNING] src/main/blog/_posts/2022-10-01-video.md:6:1: warning: unknown Liquid tag 'oembed'; it is left out [unknown-liquid]")
def post = new File(basedir, 'target/blog/2022/10/01/video.html').getText('UTF-8')
assert post.contains('<p>That was it.</p>')
assert !post.contains('oembed')
return true
