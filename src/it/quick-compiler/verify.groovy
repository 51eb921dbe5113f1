// With the JVM's default compilers, the blog's goals keep the optimising one out (as -XX:TieredStopAtLevel=1 does);
// blog.quickCompile=false, or compiler flags of the user's, leave the JVM as it is. Each build makes the same site.
def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
def added = '[DEBUG] The JVM compiles the rest of this build with its quick compiler only, as -XX:TieredStopAtLevel=1 does (blog.quickCompile=false leaves it as it is)'
assert log.count(added) == 1
assert log.count("[DEBUG] The JVM's compilers are left as they are: blog.quickCompile is false") == 1
assert log.count("[DEBUG] The JVM's compilers are left as they are: the JVM compiles up to level 1 already (TieredStopAtLevel)") == 1
// Said once per build, before the build reports the site rendered.
assert log.indexOf(added) < log.indexOf('[INFO] Rendered 1 post')
assert log.count('[INFO] Rendered 1 post (') == 3
assert log.count('BUILD SUCCESS') == 3
assert new File(basedir, 'target/blog/2022/10/01/post-1.html').isFile()
assert new File(basedir, 'target/quick-compiler-1.0.zip').isFile()
// The directive's file is read by the JVM and removed at once.
assert new File(basedir, 'target').listFiles().findAll { it.name.startsWith('blog-compiler-') }.isEmpty()
return true
