package io.github.blogpublish.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A theme taken out of a jar: its folders only, never outside the folder, within limits, once per jar. */
class JarFolderTest {

    @TempDir
    Path dir;

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = dir.resolve("theme-" + entries.hashCode() + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static Map<String, String> theme() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
        entries.put("_layouts/default.html", "{{ content }}");
        entries.put("_includes/head.html", "<head>");
        entries.put("_sass/theme.scss", "a { b: c; }");
        entries.put("_data/strings.yml", "hi: there");
        entries.put("assets/css/style.scss", "---\n---\n");
        entries.put("com/example/Theme.class", "not a theme file");
        entries.put("_config.yml", "title: theme");
        return entries;
    }

    @Test
    void onlyTheThemesFoldersAreTakenOut() throws Exception {
        Path folder = JarFolder.unpack(jar(theme()), "", dir.resolve("out/theme"));
        assertEquals("{{ content }}", Files.readString(folder.resolve("_layouts/default.html")));
        for (String kept : new String[] {"_includes/head.html", "_sass/theme.scss", "_data/strings.yml", "assets/css/style.scss"}) {
            assertTrue(Files.isRegularFile(folder.resolve(kept)), kept);
        }
        for (String left : new String[] {"META-INF", "com", "_config.yml"}) {
            assertFalse(Files.exists(folder.resolve(left)), left);
        }
    }

    @Test
    void aFolderInsideTheJarIsTheThemeBelowItsPrefix() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("io/example/theme/_layouts/post.html", "post");
        entries.put("_layouts/other.html", "not below the prefix");
        Path folder = JarFolder.unpack(jar(entries), "io/example/theme/", dir.resolve("out/prefixed"));
        assertEquals("post", Files.readString(folder.resolve("_layouts/post.html")));
        assertFalse(Files.exists(folder.resolve("_layouts/other.html")));
    }

    @Test
    void anEntryThatLeadsOutOfTheFolderStopsTheUnpackingAndLeavesNothing() throws Exception {
        Map<String, String> entries = theme();
        entries.put("_layouts/../../../evil.html", "escaped");
        IOException e = assertThrows(IOException.class, () -> JarFolder.unpack(jar(entries), "", dir.resolve("out/theme")));
        assertTrue(e.getMessage().contains("leads out of its folder: _layouts/../../../evil.html"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("evil.html")));
        assertFalse(Files.exists(dir.resolve("out/theme")), "no half folder");
        try (var left = Files.list(dir.resolve("out"))) {
            assertEquals(0, left.count(), "the unpacking folder is removed");
        }
    }

    @Test
    void aJarOverTheLimitsIsRefused() throws Exception {
        Path jar = jar(theme());
        IOException entries = assertThrows(IOException.class, () -> JarFolder.unpack(jar, "", dir.resolve("a"), 3, 1000));
        assertTrue(entries.getMessage().contains("more than 3 entries"), entries.getMessage());
        IOException bytes = assertThrows(IOException.class, () -> JarFolder.unpack(jar, "", dir.resolve("b"), 100, 20));
        assertTrue(bytes.getMessage().contains("unpacks to more than 20 bytes"), bytes.getMessage());
    }

    @Test
    void theSameJarIsNotTakenOutTwiceAndAChangedOneIs() throws Exception {
        Path jar = jar(theme());
        Path folder = JarFolder.unpack(jar, "", dir.resolve("out/theme"));
        Files.writeString(folder.resolve("_layouts/default.html"), "touched");
        JarFolder.unpack(jar, "", dir.resolve("out/theme"));
        assertEquals("touched", Files.readString(folder.resolve("_layouts/default.html")), "kept from the first time");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        JarFolder.unpack(jar, "", dir.resolve("out/theme"));
        assertEquals("{{ content }}", Files.readString(folder.resolve("_layouts/default.html")), "taken out again");
    }
}
