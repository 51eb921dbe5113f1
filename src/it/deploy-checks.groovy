// Shared by the deploy ITs (evaluated with GroovyShell from their verify.groovy, which binds basedir and zipName):
// the folder repository holds the zip, the POM and their checksums, the checksums are those of the files, and
// the deployed zip is the one the build packaged, holding the site.
def folder = new File(basedir, "target/repository/io/github/blogpublish/it/${basedir.name}/1.0")
def zip = new File(folder, zipName)
def pom = new File(folder, "${basedir.name}-1.0.pom")
assert zip.isFile() && pom.isFile()
[zip, pom].each { file ->
    ['md5': 'MD5', 'sha1': 'SHA-1'].each { extension, algorithm ->
        def sum = new File(file.path + '.' + extension)
        assert sum.isFile() : "${sum.name} is deployed"
        assert sum.text.trim() == java.security.MessageDigest.getInstance(algorithm).digest(file.bytes).encodeHex().toString()
    }
}
assert new File(folder.parentFile, 'maven-metadata.xml').isFile()
def packaged = new File(basedir, 'target').listFiles().find { it.name ==~ /${basedir.name}-1\.0\.zip/ }
assert packaged != null && packaged.bytes == zip.bytes : 'the deployed zip is the packaged one'
def entries = new java.util.zip.ZipFile(zip).withCloseable { z -> z.entries().collect { it.name } }
assert entries.contains('index.html') && entries.contains('daily_life/2022/10/01/2022_10_plan.html')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("Uploaded to folder: file://${basedir.absolutePath}/target/repository/io/github/blogpublish/it/${basedir.name}/1.0/${zipName}")
return true
