// This IT builds the real post; its one copy is the example blog's (realPost: the POM's invoker scriptVariables).
def posts = java.nio.file.Files.createDirectories(basedir.toPath().resolve('src/main/blog/_posts'))
java.nio.file.Files.copy(java.nio.file.Path.of(realPost), posts.resolve('2022-10-01-2022_10_plan.md'))
// A site from an earlier, successful build: the failing build must leave it exactly as it is.
def previous = new File(basedir, 'target/blog/index.html')
previous.parentFile.mkdirs()
previous.setText('previous site', 'UTF-8')
return true
