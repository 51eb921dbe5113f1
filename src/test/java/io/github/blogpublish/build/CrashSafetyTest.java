package io.github.blogpublish.build;

import io.github.blogpublish.files.StagedDirectory;
import io.github.blogpublish.problem.SiteBuildException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build that fails at any stage leaves the previous site exactly as it was and no half-written folder
 * behind, and the next good build succeeds.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    TestSite site;
    Map<String, String> before;

    @BeforeEach
    void goodBuild() throws Exception {
        site = new TestSite(dir)
                .file("_posts/2022-10-01-a.md", "---\ntitle: A\n---\nFirst.\n")
                .file("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site.build();
        before = snapshot(site.output());
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    private void assertPreviousSiteIntactAndNoLeftovers() throws IOException {
        assertEquals(before, snapshot(site.output()));
        assertFalse(Files.exists(dir.resolve("target/blog.staging")));
        assertFalse(Files.exists(dir.resolve("target/blog.previous")));
    }

    private void assertNextGoodBuildSucceeds() throws Exception {
        site.file("_posts/2022-10-01-a.md", "---\ntitle: A again\n---\nFine.\n");
        site.build();
        assertTrue(site.read("2022/10/01/a.html").contains("<h1>A again</h1>"));
    }

    @Test
    void failingWhileValidating() throws Exception {
        site.file("_posts/2022-10-02-b.md", "---\ntitle: [unclosed\n---\nBroken.\n");
        assertThrows(SiteBuildException.class, site::build);
        assertPreviousSiteIntactAndNoLeftovers();
        Files.delete(site.source().resolve("_posts/2022-10-02-b.md"));
        assertNextGoodBuildSucceeds();
    }

    @Test
    void failingWhileRenderingMarkdownOrLiquid() throws Exception {
        site.file("_posts/2022-10-02-b.md", "---\ntitle: B\n---\n{% for i in (1..2000000) %}{% endfor %}\n");
        assertThrows(SiteBuildException.class, site::build);
        assertPreviousSiteIntactAndNoLeftovers();
        Files.delete(site.source().resolve("_posts/2022-10-02-b.md"));
        assertNextGoodBuildSucceeds();
    }

    @Test
    void failingWhileRenderingLayouts() throws Exception {
        site.file("_layouts/post.html", "{{ content | truncate: 'not a number' }}");
        assertThrows(SiteBuildException.class, site::build);
        assertPreviousSiteIntactAndNoLeftovers();
        Files.delete(site.source().resolve("_layouts/post.html"));
        assertNextGoodBuildSucceeds();
    }

    @Test
    void failingInTheLinkCheck() throws Exception {
        site.file("_posts/2022-10-02-b.md", "---\ntitle: B\n---\n[gone](/nowhere.html)\n");
        assertThrows(SiteBuildException.class, site::build);
        assertPreviousSiteIntactAndNoLeftovers();
        Files.delete(site.source().resolve("_posts/2022-10-02-b.md"));
        assertNextGoodBuildSucceeds();
    }

    @Test
    void failingWhileWritingHalfTheFiles() throws Exception {
        SiteBuilder builder = new SiteBuilder(site.config().build());
        ValidatedSite validated = builder.validate();
        // The static file disappears between reading and writing: the write fails part-way through.
        Files.delete(site.source().resolve("assets/logo.svg"));
        assertThrows(IOException.class, () -> builder.render(validated));
        assertPreviousSiteIntactAndNoLeftovers();
        site.file("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertNextGoodBuildSucceeds();
    }

    @Test
    void anAbandonedStagingFolderNeverReplacesTheTarget() throws Exception {
        Path target = dir.resolve("published");
        Files.createDirectories(target);
        Files.writeString(target.resolve("index.html"), "old");
        StagedDirectory staged = StagedDirectory.begin(target);
        Files.writeString(staged.resolve("index.html"), "half");
        staged.abandon();
        assertEquals(List.of("index.html"), Files.list(target).map(p -> p.getFileName().toString()).toList());
        assertEquals("old", Files.readString(target.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve("published.staging")));
        // A staging folder left by a killed run is cleared by the next one.
        Files.createDirectories(dir.resolve("published.staging/leftover"));
        StagedDirectory again = StagedDirectory.begin(target);
        Files.writeString(again.resolve("index.html"), "new");
        again.commit();
        assertEquals("new", Files.readString(target.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve("published.staging")));
    }
}
