def log = new File(basedir, 'build.log').getText('UTF-8')
for (goal in ['blog:validate', 'blog:render', 'blog:package', 'blog:publish', 'blog:help']) {
    assert log.contains(goal) : "help lists ${goal}"
}
assert log.contains('Checks every post\'s front matter')
assert log.contains('Zips the rendered site reproducibly')
return true
