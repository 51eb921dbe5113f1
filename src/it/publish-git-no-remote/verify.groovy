// No remote: one message saying what to run or set, and nothing published.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] pom.xml: error: there is no Git repository to publish to: the project\'s repository '
        + "${new File(basedir, '.git').absolutePath} has no remote origin and blog.publish.repository is not set [publish-remote]")
assert log.contains('[ERROR]     hint: run git remote add origin https://github.com/you/blog.git, or set <publishGit><repository>')
assert !log.contains('\tat ') && !log.contains('Caused by') : 'no stack trace'
assert new File(basedir, 'target/blog/index.html').isFile() : 'the site was built; only publishing failed'
assert !log.contains('it-s3cret-token-4f9a')
return true
