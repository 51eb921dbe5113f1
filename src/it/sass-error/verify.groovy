def log = new File(basedir, 'build.log').getText('UTF-8')
// Dart Sass's message at the .scss file and line, counting the front matter's lines, with the rule id.
assert log.contains('[ERROR] src/main/blog/assets/css/style.scss:5:9: error: Sass: expected ";". [sass-error]')
assert log.contains('Rendering failed: 1 error in 1 file (1 sass-error)')
assert !log.contains('\tat ') // no stack trace
// Nothing is written when the build fails.
assert !new File(basedir, 'target/blog').exists()
return true
