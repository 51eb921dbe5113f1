package io.github.blogpublish.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Collections as Jekyll defines them, on {@code examples/jekyll-collections}: a {@code _tabs} collection with
 * output, a permalink and {@code sort_by}, an {@code _authors} collection without output read through
 * {@code site.authors}, a {@code _recipes} collection with the default pattern and a sub-folder, and
 * {@code defaults} for {@code type: tabs}. {@code list.jekyll.html} and {@code files.jekyll.txt} are what Jekyll
 * 4.3 wrote for it; ours must write the same list page and every file Jekyll writes (and no document of
 * {@code _authors}). Where Jekyll is installed, a second test builds the site with it again.
 */
class JekyllCollectionsTest {

    private static final Path SITE = Path.of("src/test/resources/examples/jekyll-collections");
    private static final Set<String> EXPECTED = Set.of("list.jekyll.html", "files.jekyll.txt");

    @TempDir
    Path dir;

    @Test
    void collectionsBuildAsJekyllBuildsThem() throws Exception {
        TestSite site = new TestSite(dir);
        copy(SITE, site.source());
        site.build();
        assertEquals(Files.readString(SITE.resolve("list.jekyll.html"), StandardCharsets.UTF_8), site.read("list.html"));
        Set<String> jekyll = new TreeSet<>(Files.readAllLines(SITE.resolve("files.jekyll.txt"), StandardCharsets.UTF_8));
        Set<String> ours = JekyllOracle.files(site.output());
        Set<String> missing = new TreeSet<>(jekyll);
        missing.removeAll(ours);
        assertEquals(Set.of(), missing, "every file Jekyll writes");
        assertTrue(ours.stream().noneMatch(f -> f.startsWith("authors/") || f.startsWith("_")), ours.toString());
    }

    @Test
    void theExpectationIsWhatJekyllWrites() throws Exception {
        Path jekyllSite = dir.resolve("jekyll");
        copy(SITE, jekyllSite);
        JekyllOracle.build(jekyllSite, dir.resolve("_site"));
        assertEquals(Files.readString(SITE.resolve("list.jekyll.html"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("_site/list.html"), StandardCharsets.UTF_8));
        assertEquals(new TreeSet<>(Files.readAllLines(SITE.resolve("files.jekyll.txt"), StandardCharsets.UTF_8)),
                JekyllOracle.files(dir.resolve("_site")));
    }

    private static void copy(Path from, Path to) throws Exception {
        JekyllOracle.copy(from, to, "list.jekyll.html");
        Files.deleteIfExists(to.resolve("files.jekyll.txt"));
        assertTrue(EXPECTED.stream().noneMatch(name -> Files.exists(to.resolve(name))));
    }
}
