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

    /** The example with its collections and posts moved into {@code collections_dir: my_collections}. */
    private TestSite withCollectionsDir() throws Exception {
        TestSite site = new TestSite(dir);
        copy(SITE, site.source());
        Path inside = Files.createDirectories(site.source().resolve("my_collections"));
        for (String folder : new String[] {"_tabs", "_authors", "_recipes", "_posts"}) {
            Files.move(site.source().resolve(folder), inside.resolve(folder));
        }
        Files.writeString(site.source().resolve("_config.yml"), "collections_dir: my_collections\n"
                + Files.readString(site.source().resolve("_config.yml")));
        return site;
    }

    /** With {@code collections_dir}, the same list page and the same files as Jekyll writes for the example. */
    @Test
    void collectionsDirHoldsTheCollectionsAndPosts() throws Exception {
        TestSite site = withCollectionsDir();
        site.build();
        assertEquals(Files.readString(SITE.resolve("list.jekyll.html"), StandardCharsets.UTF_8), site.read("list.html"));
        Set<String> jekyll = new TreeSet<>(Files.readAllLines(SITE.resolve("files.jekyll.txt"), StandardCharsets.UTF_8));
        assertEquals(jekyll, JekyllOracle.files(site.output()).stream().filter(jekyll::contains)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)), "every file Jekyll writes");
        assertTrue(JekyllOracle.files(site.output()).stream().noneMatch(f -> f.startsWith("my_collections")),
                "the folder is not a part of the site");
    }

    /** ... which is what Jekyll writes for the moved site too. */
    @Test
    void collectionsDirIsReadAsJekyllReadsIt() throws Exception {
        TestSite site = withCollectionsDir();
        JekyllOracle.build(site.source(), dir.resolve("jekyll"));
        assertEquals(Files.readString(SITE.resolve("list.jekyll.html"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("jekyll/list.html"), StandardCharsets.UTF_8));
        assertEquals(new TreeSet<>(Files.readAllLines(SITE.resolve("files.jekyll.txt"), StandardCharsets.UTF_8)),
                JekyllOracle.files(dir.resolve("jekyll")));
    }

    @Test
    void aCollectionsDirOutsideTheSourcesIsAnErrorAtItsLine() throws Exception {
        TestSite site = new TestSite(dir).file("_config.yml", "title: Out\ncollections_dir: ../elsewhere\n")
                .file("_posts/2022-10-01-hello.md", "---\ntitle: Hello\n---\nHi.\n");
        io.github.blogpublish.problem.SiteBuildException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.blogpublish.problem.SiteBuildException.class, site::build);
        assertEquals("_config.yml:2 'collections_dir' must be a folder inside the source folder",
                e.problems().get(0).location().file().getFileName() + ":" + e.problems().get(0).location().line() + " "
                        + e.problems().get(0).message());
    }

    private static void copy(Path from, Path to) throws Exception {
        JekyllOracle.copy(from, to, "list.jekyll.html");
        Files.deleteIfExists(to.resolve("files.jekyll.txt"));
        assertTrue(EXPECTED.stream().noneMatch(name -> Files.exists(to.resolve(name))));
    }
}
