// A setup project (it runs before the other ITs, see the POM): it starts from a local repository without the
// Dart Sass bundle, which the sass IT resolves later into the same repository.
def bundle = new File(localRepositoryPath, 'de/larsgrefer/sass/sass-embedded-bundled')
bundle.deleteDir()
assert !bundle.exists()
return true
