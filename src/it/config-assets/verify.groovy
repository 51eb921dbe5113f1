def log = new File(basedir, 'build.log').getText('UTF-8')
// The image a theme would show from _config.yml is missing: reported at the setting's line; the other host's avatar is
// not checked.
assert log.contains('[ERROR] src/main/blog/_config.yml:2:7: error: logo: /assets/img/logo.png names no file of the site [broken-link]')
assert log.contains('hint: put the image at that path of the site (say assets/logo.png), or correct the path')
assert !log.contains('avatars.example.org')
assert !new File(basedir, 'target/blog').exists()
return true
