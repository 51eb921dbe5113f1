package io.github.blogpublish.build;

import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.SiteBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteBuilderTest {

    private static final String TITLE = "회고하는 9월, 계획하는 10월";

    @TempDir
    Path dir;

    @Test
    void realPostBuildsWithItsHangulTitleBodyAndFinalRule() throws Exception {
        TestSite site = new TestSite(dir).copy(TestSite.REAL_POST, "_posts/2022-10-01-2022_10_plan.md");
        BuildResult result = site.build();

        assertEquals(1, result.posts());
        String html = site.read("daily_life/2022/10/01/2022_10_plan.html");
        assertTrue(html.contains("<title>" + TITLE), html);
        assertTrue(html.contains("<h1>" + TITLE + "</h1>"));
        assertTrue(html.contains("<h1 id=\"회고하는-9월\">회고하는 9월</h1>"));
        assertTrue(html.contains("<p>『규칙없음』을 다 읽고 나서 『크래프톤웨이』를 읽을지"));
        assertTrue(html.contains("<li>No rules rules : 넷플릭스의 『규칙없음』을 읽고 든 내 생각을 정리하는 글.</li>"));
        assertTrue(html.replaceAll("\\s+", " ").contains("2권은 읽어봅시다.</p> <hr />"), "the final '- - -' is a rule");
        assertTrue(site.read("index.html").contains(
                "<a href=\"/daily_life/2022/10/01/2022_10_plan.html\">" + TITLE + "</a>"));
    }

    @Test
    void homeListsPostsNewestFirstAndHonoursBaseurl() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_config.yml", "title: My <Blog>\nbaseurl: /blog\n")
                .file("_posts/2022-01-01-old.md", "---\ntitle: Old\n---\nold\n")
                .file("_posts/2022-03-01-new.md", "---\ntitle: New & shiny\n---\nnew\n")
                .file("_posts/2022-02-01-middle.md", "---\ntitle: Middle\n---\nmiddle\n");
        site.build();
        String index = site.read("index.html");
        int newest = index.indexOf("/blog/2022/03/01/new.html");
        int middle = index.indexOf("/blog/2022/02/01/middle.html");
        int oldest = index.indexOf("/blog/2022/01/01/old.html");
        assertTrue(newest > 0 && newest < middle && middle < oldest, index);
        assertTrue(index.contains("New &amp; shiny"));
        assertTrue(index.contains("<title>My &lt;Blog&gt;</title>"));
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnceAndNothingIsWritten() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_posts/2022-10-01-good.md", "---\ntitle: Good\n---\nfine\n")
                .file("_posts/2022-10-02-no-title.md", "---\nlayout: post\n---\nbody\n")
                .file("_posts/2022-10-03-broken.md", "---\ntitle: a: b\n---\nbody\n")
                .file("_posts/2022-10-04-bad-layout.md", "---\ntitle: x\nlayout: nope\n---\nbody\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);

        List<String> where = e.problems().stream().map(p -> p.location().display(site.project())).toList();
        assertEquals(List.of(
                "src/main/blog/_posts/2022-10-02-no-title.md:1:1",
                "src/main/blog/_posts/2022-10-03-broken.md:2:9",
                "src/main/blog/_posts/2022-10-04-bad-layout.md:3:9"), where);
        assertTrue(e.getMessage().contains("3 errors in 3 files"), e.getMessage());
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched() throws Exception {
        TestSite site = new TestSite(dir).file("_posts/2022-10-01-good.md", "---\ntitle: Good\n---\nfine\n");
        site.build();
        byte[] before = Files.readAllBytes(site.output().resolve("2022/10/01/good.html"));

        site.file("_posts/2022-10-01-good.md", "---\ntitle: Changed\n---\nfine\n")
                .file("_posts/2022-10-05-bad.md", "---\ntitle: [unclosed\n---\n");
        assertThrows(SiteBuildException.class, site::build);

        assertArrayEquals(before, Files.readAllBytes(site.output().resolve("2022/10/01/good.html")));
        assertFalse(Files.exists(dir.resolve("target/blog.staging")));
    }

    @Test
    void aRebuildRemovesPagesOfDeletedPosts() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_posts/2022-10-01-a.md", "---\ntitle: A\n---\na\n")
                .file("_posts/2022-10-02-b.md", "---\ntitle: B\n---\nb\n");
        site.build();
        Files.delete(site.source().resolve("_posts/2022-10-02-b.md"));
        site.build();
        assertFalse(Files.exists(site.output().resolve("2022/10/02/b.html")));
        assertTrue(Files.exists(site.output().resolve("2022/10/01/a.html")));
    }

    @Test
    void twoSourcesWritingOneUrlAreAnErrorNamingBoth() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_posts/2022-10-01-a.md", "---\ntitle: A\npermalink: /same.html\n---\na\n")
                .file("_posts/2022-10-02-b.md", "---\ntitle: B\npermalink: /same.html\n---\nb\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        assertEquals(1, e.problems().size());
        Problem problem = e.problems().get(0);
        assertEquals(site.source().resolve("_posts/2022-10-01-a.md"), problem.location().file());
        assertEquals("this source and _posts/2022-10-02-b.md both write the same file: same.html", problem.message());
    }

    @Test
    void urlsDifferingOnlyByCaseCollide() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_posts/2022-10-01-Hello.md", "---\ntitle: A\n---\na\n")
                .file("_posts/2022-10-01-hello.md", "---\ntitle: B\n---\nb\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        assertTrue(e.problems().get(0).message().contains("differ only by case"), e.problems().get(0).message());
    }

    @Test
    void futureDraftAndUnpublishedPostsAreSkippedAndNamed() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_posts/2022-10-01-now.md", "---\ntitle: Now\n---\nx\n")
                .file("_posts/2099-01-01-later.md", "---\ntitle: Later\n---\nx\n")
                .file("_posts/2022-10-02-hidden.md", "---\ntitle: Hidden\npublished: false\n---\nx\n")
                .file("_posts/2022-10-03-wip.md", "---\ntitle: WIP\ndraft: true\n---\nx\n")
                .file("_drafts/idea.md", "---\ntitle: Idea\n---\nx\n");
        BuildResult result = site.build();
        assertEquals(1, result.posts());
        assertEquals(List.of("_drafts/idea.md (draft)", "_posts/2022-10-02-hidden.md (published: false)",
                "_posts/2022-10-03-wip.md (draft)", "_posts/2099-01-01-later.md (dated in the future)"), result.skipped());
        assertFalse(site.read("index.html").contains("Later"));

        BuildResult all = new SiteBuilder(site.config().drafts(true).future(true).unpublished(true).build()).build();
        assertEquals(5, all.posts());
    }

    @Test
    void zonelessDatesAreReadInTheSiteZoneWhateverTheMachineZone() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_config.yml", "timezone: Asia/Seoul\n")
                .file("_posts/2022-10-01-late.md", "---\ntitle: Late\ndate: 2022-10-01 23:30:00\n---\nx\n")
                .file("_posts/2022-10-01-offset.md", "---\ntitle: Offset\ndate: 2022-10-01 20:00:00 -0700\n---\nx\n");
        site.buildAs("America/Los_Angeles", "tr-TR");
        assertTrue(Files.exists(site.output().resolve("2022/10/01/late.html")));
        // As in Jekyll, a date with an offset moves into the site's zone: 20:00 at -07:00 is noon the 2nd in Seoul.
        assertTrue(Files.exists(site.output().resolve("2022/10/02/offset.html")));
        assertTrue(site.read("2022/10/02/offset.html").contains("datetime=\"2022-10-02T12:00:00+09:00\""));
        assertTrue(site.read("2022/10/01/late.html").contains("datetime=\"2022-10-01T23:30:00+09:00\""));
    }

    @Test
    void outputIsByteForByteTheSameWhateverTheMachineZoneAndLocale() throws Exception {
        TestSite site = new TestSite(dir)
                .copy(TestSite.REAL_POST, "_posts/2022-10-01-2022_10_plan.md")
                .file("_posts/2022-11-11-tables.md", "---\ntitle: Tables\ntags: [a, b]\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        site.build();
        List<byte[]> first = contents(site.output());
        site.buildAs("Pacific/Kiritimati", "ko-KR");
        List<byte[]> second = contents(site.output());
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i));
        }
    }

    @Test
    void siteLayoutsReplaceBuiltInOnesAndChainThroughFrontMatter() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_layouts/default.html", "<html><body class=\"mine\">{{ content }}</body></html>")
                .file("_layouts/post.html", "---\nlayout: default\n---\n<article data-title=\"{{ page.title }}\">{{ content }}</article>")
                .file("_posts/2022-10-01-a.md", "---\ntitle: A\n---\n*hi*\n");
        site.build();
        assertEquals("<html><body class=\"mine\"><article data-title=\"A\"><p><em>hi</em></p>\n</article></body></html>",
                site.read("2022/10/01/a.html"));
    }

    @Test
    void aLayoutLoopIsAnErrorNamingTheChain() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_layouts/a.html", "---\nlayout: b\n---\n{{ content }}")
                .file("_layouts/b.html", "---\nlayout: a\n---\n{{ content }}")
                .file("_posts/2022-10-01-x.md", "---\ntitle: X\nlayout: a\n---\nx\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("a -> b -> a")), e.report(dir));
    }

    @Test
    void aPostFileNameWithoutDateIsAnError() throws Exception {
        TestSite site = new TestSite(dir).file("_posts/hello.md", "---\ntitle: X\n---\nx\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        assertEquals("a post's file name must start with its date", e.problems().get(0).message());
        assertTrue(e.problems().get(0).hint().contains("YYYY-MM-DD-hello.md"));
    }

    @Test
    void anImpossibleDateInTheFileNameIsAnError() throws Exception {
        TestSite site = new TestSite(dir).file("_posts/2021-02-30-x.md", "---\ntitle: X\n---\nx\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        assertTrue(e.problems().get(0).message().startsWith("the date in the file name is impossible"));
    }

    @Test
    void postsUnderACategoryFolderGetThatCategory() throws Exception {
        TestSite site = new TestSite(dir).file("news/_posts/2022-10-01-x.md", "---\ntitle: X\n---\nx\n");
        site.build();
        assertTrue(Files.exists(site.output().resolve("news/2022/10/01/x.html")));
    }

    @Test
    void parallelChecksNeverDropAPostOrAWarning() throws Exception {
        // Regression: a post's YAML checks once judged failure by the size of the collector shared by all
        // threads, so a warning from another thread could silently drop a valid post.
        TestSite site = new TestSite(dir);
        int posts = 300;
        for (int i = 0; i < posts; i++) {
            String day = String.format("2022-%02d-%02d", 1 + i % 12, 1 + i % 28);
            site.file("_posts/" + day + "-post-" + i + ".md",
                    "---\ntitle: Post " + i + "\ndate: " + day.substring(0, 8) + String.format("%02d", 1 + (i + 1) % 28)
                            + "\ncatgory: x\n---\nbody " + i + "\n");
        }
        for (int run = 0; run < 10; run++) {
            ValidatedSite validated = new SiteBuilder(site.config().build()).validate();
            assertEquals(posts, validated.posts().size(), "run " + run);
            assertEquals(2 * posts, validated.warnings().size(), "run " + run);
        }
    }

    @Test
    void anEmptyBlogBuildsAHomePage() throws Exception {
        TestSite site = new TestSite(dir).file("_config.yml", "title: Empty\n");
        BuildResult result = site.build();
        assertEquals(0, result.posts());
        assertTrue(site.read("index.html").contains("<h1 class=\"home-title\">Empty</h1>"), site.read("index.html"));
    }

    private static List<byte[]> contents(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().map(p -> {
                try {
                    return (root.relativize(p) + "\n" + Files.readString(p, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
