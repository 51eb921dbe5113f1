def log = new File(basedir, 'build.log').getText('UTF-8')
// theme: minima names a Ruby gem; the plugin says where a theme can come from, at the line that names it.
assert log.contains('[ERROR] src/main/blog/_config.yml:2:8: error: theme minima cannot be used: no theme jar named minima or jekyll-theme-minima among the plugin\'s <dependencies> [theme-not-found]')
assert log.contains('hint: name a theme jar by its coordinates (theme: groupId:artifactId:version), add the jar to the plugin\'s <dependencies> and name it by its artifactId, or set blog.themeDirectory to its folder')
assert log.contains('Blog validation failed: 1 error in 1 file (1 theme-not-found)')
assert !log.contains('\tat ')
assert !new File(basedir, 'target/blog').exists()
return true
