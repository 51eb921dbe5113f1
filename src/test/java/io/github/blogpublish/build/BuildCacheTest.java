package io.github.blogpublish.build;

import io.github.blogpublish.cache.BuildCache;
import io.github.blogpublish.output.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What blog:serve reuses between builds is never stale: every output equals a build without a cache. */
class BuildCacheTest {

    @TempDir
    Path dir;

    private final BuildCache cache = new BuildCache();

    private Map<String, OutputFile> build(TestSite site) throws Exception {
        return new SiteBuilder(site.config().build(), cache).buildOutputs().files().stream()
                .collect(Collectors.toMap(OutputFile::path, f -> f));
    }

    private Map<String, String> fresh(TestSite site) throws Exception {
        return new SiteBuilder(site.config().build()).buildOutputs().files().stream().filter(f -> !f.isCopy())
                .collect(Collectors.toMap(OutputFile::path, f -> new String(f.content(), StandardCharsets.UTF_8)));
    }

    private static Map<String, String> text(Map<String, OutputFile> files) {
        return files.values().stream().filter(f -> !f.isCopy())
                .collect(Collectors.toMap(OutputFile::path, f -> new String(f.content(), StandardCharsets.UTF_8)));
    }

    private TestSite site() throws Exception {
        return new TestSite(dir)
                .file("_posts/2022-10-01-a.md", "---\ntitle: A\n---\nText of A.\n")
                .file("_posts/2022-10-02-b.md", "---\ntitle: B\n---\nText of B.\n")
                .file("_posts/2022-10-03-c.md", "---\ntitle: C\n---\nText of C.\n");
    }

    @Test
    void editingOnePostsTextRendersOnlyThatPageAgainAndEverythingEqualsAFreshBuild() throws Exception {
        TestSite site = site();
        Map<String, OutputFile> first = build(site);
        site.file("_posts/2022-10-01-a.md", "---\ntitle: A\n---\nNew text of A.\n");
        Map<String, OutputFile> second = build(site);
        assertTrue(new String(second.get("2022/10/01/a.html").content(), StandardCharsets.UTF_8).contains("New text of A."));
        assertSame(first.get("2022/10/03/c.html").content(), second.get("2022/10/03/c.html").content(), "C was reused");
        assertEquals(fresh(site), text(second));
    }

    @Test
    void aNewTitleReachesTheNeighboursThatLinkToIt() throws Exception {
        TestSite site = site();
        build(site);
        site.file("_posts/2022-10-02-b.md", "---\ntitle: B renamed\n---\nText of B.\n");
        Map<String, OutputFile> second = build(site);
        assertTrue(new String(second.get("2022/10/01/a.html").content(), StandardCharsets.UTF_8).contains("B renamed"));
        assertEquals(fresh(site), text(second));
    }

    @Test
    void aLayoutThatPrintsOtherPostsContentIsNeverReused() throws Exception {
        TestSite site = site().file("_layouts/post.html",
                "{{ content }}<aside>{% for p in site.posts %}{{ p.content }}{% endfor %}</aside>");
        build(site);
        site.file("_posts/2022-10-01-a.md", "---\ntitle: A\n---\nNew text of A.\n");
        Map<String, OutputFile> second = build(site);
        assertTrue(new String(second.get("2022/10/03/c.html").content(), StandardCharsets.UTF_8).contains("New text of A."));
        assertEquals(fresh(site), text(second));
    }

    @Test
    void aReusedPageWhoseLinkTargetIsDeletedIsStillReportedBroken() throws Exception {
        TestSite site = site().file("_posts/2022-10-03-c.md", "---\ntitle: C\n---\n![Map](/map.png)\n")
                .file("map.png", "png");
        Map<String, OutputFile> first = build(site);
        site.file("_posts/2022-10-01-a.md", "---\ntitle: A\n---\nNew text of A.\n");
        Map<String, OutputFile> second = build(site);
        assertSame(first.get("2022/10/03/c.html").content(), second.get("2022/10/03/c.html").content(), "C was reused");
        java.nio.file.Files.delete(site.source().resolve("map.png"));
        io.github.blogpublish.problem.SiteBuildException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.blogpublish.problem.SiteBuildException.class, () -> build(site));
        String report = e.report(site.project());
        assertTrue(report.contains("broken link in 2022/10/03/c.html: /map.png (no file of the site is there)"), report);
    }
}
