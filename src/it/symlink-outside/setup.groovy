// Links are made here rather than committed: Git would store them, but not every checkout makes them.
import java.nio.file.Files
import java.nio.file.Path

Path base = basedir.toPath()
Path outside = Files.createDirectories(base.resolve('outside'))
Files.writeString(outside.resolve('secret.txt'), 'a secret outside the blog\n')
Files.writeString(outside.resolve('2022-10-02-linked.md'), '---\ntitle: Linked\n---\nFrom outside.\n')
Path source = base.resolve('src/main/blog')
Files.createDirectories(source.resolve('assets'))
Files.createSymbolicLink(source.resolve('assets/secret.txt'), outside.resolve('secret.txt'))
Files.createSymbolicLink(source.resolve('leak'), outside)
// A _config.yml is read by name, not found by the scan: a link out is still not read.
Files.writeString(outside.resolve('_config.yml'), 'title: a secret outside the blog\n')
Files.createSymbolicLink(source.resolve('_config.yml'), outside.resolve('_config.yml'))
Files.createSymbolicLink(source.resolve('_posts/2022-10-02-linked.md'), outside.resolve('2022-10-02-linked.md'))
// A link that stays inside the source folder is followed.
Files.writeString(source.resolve('assets/inside.txt'), 'inside\n')
Files.createSymbolicLink(source.resolve('assets/alias.txt'), source.resolve('assets/inside.txt'))
return true
