// This IT builds the real post; its one copy is the example blog's (realPost: the POM's invoker scriptVariables).
def posts = java.nio.file.Files.createDirectories(basedir.toPath().resolve('src/main/blog/_posts'))
java.nio.file.Files.copy(java.nio.file.Path.of(realPost), posts.resolve('2022-10-01-2022_10_plan.md'))
return true
