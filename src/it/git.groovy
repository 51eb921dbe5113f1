// Shared by the Git publishing ITs (evaluated with GroovyShell from their setup.groovy and verify.groovy, which
// bind basedir): runs the git command with no user or system settings of the machine, and takes a byte-for-byte
// snapshot of a checkout, and puts the real post (realPost) into a project.
// Returns [git: { File dir, String... args -> output }, snapshot: { File dir -> text }, post: { File project -> }].
def git = { File dir, String... args ->
    def command = ['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.com', '-c', 'init.defaultBranch=main',
                   '-c', 'commit.gpgsign=false'] + args.toList()
    def builder = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
    builder.environment().put('GIT_CONFIG_GLOBAL', '/dev/null')
    builder.environment().put('GIT_CONFIG_NOSYSTEM', '1')
    def process = builder.start()
    def output = process.inputStream.getText('UTF-8')
    assert process.waitFor() == 0 : "git ${args.join(' ')} in ${dir}: ${output}"
    return output
}
// Every file of the checkout but target/ and build.log (which the build writes), .git included, with its SHA-256.
def snapshot = { File dir ->
    def lines = []
    dir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        def name = dir.toPath().relativize(file.toPath()).toString().replace('\\', '/')
        if (!name.startsWith('target/') && name != 'build.log') {
            def digest = java.security.MessageDigest.getInstance('SHA-256').digest(file.bytes)
            lines << name + ' ' + digest.encodeHex().toString()
        }
    }
    return lines.sort().join('\n')
}
def post = { File project ->
    new File(project, 'src/main/blog/_posts').mkdirs()
    new File(project, 'src/main/blog/_posts/2022-10-01-2022_10_plan.md').setText(new File(realPost).getText('UTF-8'), 'UTF-8')
}
return [git: git, snapshot: snapshot, post: post]
