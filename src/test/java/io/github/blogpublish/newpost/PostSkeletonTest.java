package io.github.blogpublish.newpost;

import io.github.blogpublish.build.SiteBuilder;
import io.github.blogpublish.build.TestSite;
import io.github.blogpublish.problem.SiteBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostSkeletonTest {

    @TempDir
    Path dir;

    @Test
    void aNewPostIsDatedTodayInTheSiteZoneAndTheNextBuildAcceptsIt() throws Exception {
        TestSite site = new TestSite(dir).file("_config.yml", "timezone: Asia/Seoul\n");
        // 20:00 UTC on the 27th is already the 28th in Seoul.
        var settings = site.config().now(Instant.parse("2026-11-27T20:00:00Z")).build();
        Path file = new PostSkeleton(settings).write("회고하는 9월", "", List.of("daily_life"), List.of("회고", "plan"), false);
        assertEquals(site.source().resolve("_posts/2026-11-28-회고하는-9월.md"), file);
        assertEquals("---\ntitle: \"회고하는 9월\"\nlayout: post\ncategories: [\"daily_life\"]\ntags: [\"회고\", \"plan\"]\n---\n\n",
                Files.readString(file));
        new SiteBuilder(settings).build();
        assertTrue(site.read("daily_life/2026/11/28/회고하는-9월.html").contains("<h1>회고하는 9월</h1>"));
    }

    @Test
    void aSecondCallWithTheSameTitleRefusesToOverwrite() throws Exception {
        TestSite site = new TestSite(dir);
        var settings = site.config().build();
        Path file = new PostSkeleton(settings).write("Hello \"world\"", "", List.of(), List.of(), false);
        Files.writeString(file, Files.readString(file) + "My words.\n");
        SiteBuildException e = assertThrows(SiteBuildException.class,
                () -> new PostSkeleton(settings).write("Hello \"world\"", "", List.of(), List.of(), false));
        assertEquals("this post already exists; it is left as it is", e.problems().get(0).message());
        assertTrue(Files.readString(file).endsWith("My words.\n"));
    }

    @Test
    void draftsAndSlugsAndBlankTitles() throws Exception {
        TestSite site = new TestSite(dir);
        var settings = site.config().build();
        Path draft = new PostSkeleton(settings).write("An idea", "idea-1", List.of(), List.of(), true);
        assertEquals(site.source().resolve("_drafts/idea-1.md"), draft);
        SiteBuildException e = assertThrows(SiteBuildException.class,
                () -> new PostSkeleton(settings).write("  ", "", List.of(), List.of(), false));
        assertEquals("a new post needs a title", e.problems().get(0).message());
    }
}
