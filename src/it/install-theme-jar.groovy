// Shared by the theme ITs (run with GroovyShell from their setup.groovy, which binds basedir, localRepositoryPath
// and coordinates): zips the IT's theme/ folder as a theme jar, its root holding _layouts, _includes, _sass and
// assets, and installs it with a POM into the ITs' local repository, where Maven then resolves it like any jar.
def (groupId, artifactId, version) = coordinates.split(':')
def folder = new File(localRepositoryPath, "${groupId.replace('.', '/')}/${artifactId}/${version}")
folder.mkdirs()
def jar = new File(folder, "${artifactId}-${version}.jar")
def theme = new File(basedir, 'theme')
new java.util.zip.ZipOutputStream(new FileOutputStream(jar)).withCloseable { zip ->
    theme.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        zip.putNextEntry(new java.util.zip.ZipEntry(theme.toPath().relativize(file.toPath()).toString().replace('\\', '/')))
        zip << file.bytes
        zip.closeEntry()
    }
}
new File(folder, "${artifactId}-${version}.pom").text = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>${groupId}</groupId>
  <artifactId>${artifactId}</artifactId>
  <version>${version}</version>
</project>
"""
return jar
