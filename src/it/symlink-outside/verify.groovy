// Links that leave the source folder are warned about at their path and never followed: nothing from
// outside reaches the site or the zip. A link that stays inside is followed.
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
['_config.yml', '_posts/2022-10-02-linked.md', 'assets/secret.txt', 'leak'].each { link ->
    assert log.contains("""[WARNING] src/main/blog/${link}: warning: this link points outside the source folder and is ignored [symlink-outside]
[WARNING]     hint: copy the file into src/main/blog instead of linking to it""") : link
}
assert log.contains('[INFO] Validated 1 post, 4 warnings in ')
def site = new File(basedir, 'target/blog')
assert new File(site, '2022/10/01/hello.html').isFile()
assert !new File(site, '2022/10/02/linked.html').exists()
assert !new File(site, 'assets/secret.txt').exists()
assert !new File(site, 'leak').exists()
assert new File(site, 'assets/alias.txt').getText('UTF-8') == 'inside\n'
def names = new ZipFile(new File(basedir, 'target/symlink-outside-1.0.zip')).withCloseable { zip -> zip.entries()*.name }
assert names.contains('assets/alias.txt')
assert names.every { !it.contains('secret') && !it.contains('leak') && !it.contains('linked') } : names
site.eachFileRecurse(groovy.io.FileType.FILES) { assert !it.getText('UTF-8').contains('a secret outside the blog') : it }
return true
