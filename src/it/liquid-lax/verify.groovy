def log = new File(basedir, 'build.log').getText('UTF-8')
// Ruby Liquid's lax syntax builds as Jekyll builds it, with a warning at each place and what to write instead.
assert log.contains('[WARNING] src/main/blog/_posts/2022-10-02-lax.md:4:28: warning: the filter argument "none" has no colon before it, so Ruby Liquid (and Jekyll) pass no argument [liquid-lax]')
assert log.contains('''[WARNING]     hint: write 'default: "none"' to pass it, or remove it''')
assert log.contains('[WARNING] src/main/blog/_posts/2022-10-02-lax.md:4:60: warning: a comma after the last argument, which Ruby Liquid ignores [liquid-lax]')
assert log.contains('[WARNING]     hint: remove the comma')
assert new File(basedir, 'target/blog/2022/10/02/lax.html').getText('UTF-8').contains('<p>[] [ab]</p>')
assert log.contains('BUILD SUCCESS')
return true
