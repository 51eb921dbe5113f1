def site = new File(basedir, 'target/blog')
// Compiled by Dart Sass with the site's variable (through Liquid), its _sass partial and style: compressed.
def css = new File(site, 'assets/css/style.css')
assert css.isFile()
assert css.getText('UTF-8') == 'body{margin:16px}body a{color:#369}\n'
assert !new File(site, 'assets/css/style.scss').exists()
assert new File(site, '2022/10/01/hello.html').getText('UTF-8').contains('href="/assets/css/style.css"')
def log = new File(basedir, 'build.log').getText('UTF-8')
// silence_deprecations: [import] of _config.yml: no warning for the @import.
assert !log.contains('[sass-warning]')
// Dart Sass came through Maven's resolver into the build's local repository (sass-not-downloaded, run first,
// left it without), and was unpacked into target/.
assert new File(localRepositoryPath, 'de/larsgrefer/sass/sass-embedded-bundled').isDirectory()
assert new File(basedir, 'target/blog-sass').isDirectory()
assert log.contains('BUILD SUCCESS')
return true
