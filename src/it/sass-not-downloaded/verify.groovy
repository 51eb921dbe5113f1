def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/blog/assets/css/plain.css').isFile()
// A blog without Sass never asks Maven for Dart Sass: the local repository still has no bundle.
assert !log.contains('sass-embedded-bundled')
assert !new File(localRepositoryPath, 'de/larsgrefer/sass/sass-embedded-bundled').exists()
assert !new File(basedir, 'target/blog-sass').exists()
return true
