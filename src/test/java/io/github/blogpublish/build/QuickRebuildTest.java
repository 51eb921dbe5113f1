package io.github.blogpublish.build;

import io.github.blogpublish.cache.BuildCache;
import io.github.blogpublish.output.OutputFile;
import io.github.blogpublish.problem.SiteBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code blog:serve}'s rebuild of an edit of post bodies from the last build gives the very files a whole build of
 * the edited sources gives, and leaves every other change to the whole build.
 */
class QuickRebuildTest {

    @TempDir
    Path dir;

    private final BuildCache cache = new BuildCache();

    /** A site where a post's text shows on its page, on a home page of excerpts, the feed, a page and the search index. */
    private TestSite site() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_config.yml", "title: Quick\npaginate: 2\nurl: https://example.org\n")
                .file("about.md", "---\nlayout: excerpts\ntitle: About\n---\nAbout this blog.\n")
                .file("_layouts/excerpts.html", "<main>{{ content }}{% for p in site.posts limit: 2 %}"
                        + "<section>{{ p.excerpt }}</section>{% endfor %}</main>");
        for (int i = 1; i <= 6; i++) {
            site.file(post(i), "---\ntitle: Post " + i + "\ntags: [t" + (i % 2) + "]\n---\n"
                    + "First paragraph of post " + i + ".\n\n## Part\n\nMore of post " + i
                    + (i == 3 ? ", which links to [post 1's part](/2022/10/01/p1.html#part).\n" : ".\n"));
        }
        return site;
    }

    private static String post(int i) {
        return "_posts/2022-10-0" + i + "-p" + i + ".md";
    }

    private SiteBuilder.Preview preview(TestSite site) throws Exception {
        return new SiteBuilder(site.config().build(), cache).buildPreview();
    }

    /** The files of a whole build without any cache: each page's text, each copy's source. */
    private static Map<String, String> whole(TestSite site) throws Exception {
        return text(new SiteBuilder(site.config().build()).buildOutputs().files());
    }

    private static Map<String, String> text(List<OutputFile> files) {
        Map<String, String> text = new TreeMap<>();
        files.forEach(file -> text.put(file.path(), file.isCopy() ? "copy of " + file.origin()
                : new String(file.content(), StandardCharsets.UTF_8)));
        return text;
    }

    private static Map<String, OutputFile> byPath(List<OutputFile> files) {
        Map<String, OutputFile> paths = new TreeMap<>();
        files.forEach(file -> paths.put(file.path(), file));
        return paths;
    }

    private Optional<QuickRebuild.Edit> edit(QuickRebuild quick, TestSite site, String relative, String text)
            throws Exception {
        site.file(relative, text);
        return quick.after(Set.of(site.source().resolve(relative)));
    }

    private static List<Path> posts(TestSite site) throws Exception {
        try (var files = Files.list(site.source().resolve("_posts"))) {
            return files.sorted().toList();
        }
    }

    /** Asserts the edit was made from the last build, and as a whole build of the sources makes it; its files. */
    private static List<OutputFile> madeAsWhole(Optional<QuickRebuild.Edit> edit, TestSite site, String what)
            throws Exception {
        assertTrue(edit.isPresent(), what + ": made from the last build");
        List<OutputFile> files = edit.get().rendered().files();
        assertEquals(whole(site), text(files), what);
        return files;
    }

    @Test
    void editsOfPostTextsAreMadeFromTheLastBuildAsAWholeBuildMakesThem() throws Exception {
        TestSite site = site();
        SiteBuilder.Preview preview = preview(site);
        QuickRebuild quick = preview.quick();
        Map<String, OutputFile> before = byPath(preview.rendered().files());

        // The newest post: its page, the first home page, the feed, the about page, the search index.
        Optional<QuickRebuild.Edit> edit = edit(quick, site, post(6),
                "---\ntitle: Post 6\ntags: [t0]\n---\nA new first paragraph, **bold**.\n\n## Part\n\nMore.\n");
        List<OutputFile> files = madeAsWhole(edit, site, "the newest post");
        Map<String, OutputFile> after = byPath(files);
        assertNotSame(before.get("index.html"), after.get("index.html"), "the home page that shows its excerpt");
        assertTrue(new String(after.get("about.html").content(), StandardCharsets.UTF_8)
                .contains("A new first paragraph, <strong>bold</strong>."), "the page that shows its excerpt");
        assertSame(before.get("2022/10/02/p2.html"), after.get("2022/10/02/p2.html"), "another post's page is the last one");
        assertSame(before.get("page3/index.html"), after.get("page3/index.html"), "a home page that does not show it too");
        assertNotSame(before.get("2022/10/06/p6.html"), after.get("2022/10/06/p6.html"));
        assertTrue(edit.get().remade() < files.size() / 2, edit.get().remade() + " of " + files.size() + " made again");

        // Then the oldest, then two at once, each from the site the one before left.
        edit = edit(quick, site, post(1), "---\ntitle: Post 1\ntags: [t1]\n---\nOlder text.\n\n## Part\n\nStill there.\n");
        madeAsWhole(edit, site, "an edit");
        site.file(post(2), "---\ntitle: Post 2\ntags: [t0]\n---\nSecond, edited.\n\n## Part\n\nMore of post 2.\n");
        site.file(post(5), "---\ntitle: Post 5\ntags: [t1]\n---\nFifth, edited.\n\n## Part\n\nMore of post 5.\n");
        edit = quick.after(Set.of(site.source().resolve(post(2)), site.source().resolve(post(5))));
        madeAsWhole(edit, site, "an edit");
    }

    @Test
    void everyPostOfTheExampleBlogEditedIsMadeAsAWholeBuildMakesIt() throws Exception {
        TestSite site = TestSite.example(dir);
        QuickRebuild quick = preview(site).quick();
        for (Path post : posts(site)) {
            String relative = site.source().relativize(post).toString().replace('\\', '/');
            Optional<QuickRebuild.Edit> edit = edit(quick, site, relative, Files.readString(post)
                    + "\n새 문단을 덧붙였다: *강조*와 `코드`, 그리고 [첫 글](/)로 가는 링크.\n");
            madeAsWhole(edit, site, relative);
        }
    }

    /** Real themes and posts (the corpus; skipped, saying why, without it): minima's demo and the 18F blog. */
    @Test
    void postsOfRealSitesEditedAreMadeAsAWholeBuildMakesThem() throws Exception {
        Path minima = io.github.blogpublish.Corpus.require("minima");
        Path eighteenF = io.github.blogpublish.Corpus.require("18f-blog");
        TestSite demo = new TestSite(dir.resolve("minima"));
        JekyllOracle.copy(minima, demo.source(), "");
        TestSite blog = new TestSite(dir.resolve("18f"));
        EighteenFJekyllProfileTest.prepare(eighteenF, blog.source());
        Files.copy(eighteenF.resolve("_reference/_config.yml"), blog.source().resolve("_config.yml"));
        for (TestSite site : List.of(demo, blog)) {
            var config = site.config().profile("jekyll");
            QuickRebuild quick = new SiteBuilder(config.build(), cache).buildPreview().quick();
            List<Path> posts = posts(site);
            // The newest, the oldest and one between: on the home page, the feed, in no list but the archives.
            for (Path post : List.of(posts.get(posts.size() - 1), posts.get(0), posts.get(posts.size() / 2))) {
                String relative = site.source().relativize(post).toString().replace('\\', '/');
                Optional<QuickRebuild.Edit> edit = edit(quick, site, relative, Files.readString(post)
                        + "\n\nA paragraph added by the test, with *emphasis*.\n");
                assertTrue(edit.isPresent(), relative);
                assertEquals(text(new SiteBuilder(config.build()).buildOutputs().files()),
                        text(edit.get().rendered().files()), relative);
            }
        }
    }

    /**
     * The search index shows a post's first thousand characters: an edit past them leaves its 19 MB (at 10,000 posts)
     * as the last build made it, one within them makes it again.
     */
    @Test
    void theSearchIndexIsMadeAgainOnlyWhenWhatItShowsOfThePostChanged() throws Exception {
        String long1 = "---\ntitle: Post 1\ntags: [t1]\n---\n" + "A sentence of the first post. ".repeat(60)
                + "\n\n## Part\n\nMore.\n";
        TestSite site = site().file(post(1), long1);
        SiteBuilder.Preview preview = preview(site);
        QuickRebuild quick = preview.quick();
        Map<String, OutputFile> before = byPath(preview.rendered().files());
        Map<String, OutputFile> after = byPath(madeAsWhole(edit(quick, site, post(1), long1 + "\nA last line.\n"), site,
                "past the index's text"));
        assertSame(before.get("search.json"), after.get("search.json"));
        assertSame(before.get("search.js"), after.get("search.js"));
        after = byPath(madeAsWhole(edit(quick, site, post(1), long1.replace("A sentence", "One sentence")), site,
                "within the index's text"));
        assertNotSame(before.get("search.json"), after.get("search.json"));
        assertTrue(new String(after.get("search.json").content(), StandardCharsets.UTF_8).contains("One sentence"));
    }

    /** A renamed heading: the pages that link to its old id are checked again, the others are not looked at. */
    @Test
    void aRenamedHeadingIsMadeFromTheLastBuildWhileNoLinkToItBreaks() throws Exception {
        TestSite site = site();
        QuickRebuild quick = preview(site).quick();
        // No page links to post 5's headings.
        Optional<QuickRebuild.Edit> edit = edit(quick, site, post(5),
                "---\ntitle: Post 5\ntags: [t1]\n---\nFirst paragraph.\n\n## Another part\n\nMore.\n");
        madeAsWhole(edit, site, "an edit");
        // Post 1's #part renamed in the same save as post 3's link to it.
        site.file(post(1), "---\ntitle: Post 1\ntags: [t1]\n---\nFirst paragraph.\n\n## Renamed\n\nMore.\n");
        site.file(post(3), "---\ntitle: Post 3\ntags: [t1]\n---\nSee [post 1](/2022/10/01/p1.html#renamed).\n");
        edit = quick.after(Set.of(site.source().resolve(post(1)), site.source().resolve(post(3))));
        madeAsWhole(edit, site, "an edit");
        // Then renamed again alone: post 3's link breaks, which the whole build reports.
        assertTrue(edit(quick, site, post(1), "---\ntitle: Post 1\ntags: [t1]\n---\nFirst.\n\n## Again\n").isEmpty());
        assertThrows(SiteBuildException.class, () -> preview(site));
    }

    @Test
    void anEditorsTemporaryFileGoneAgainDoesNotStopIt() throws Exception {
        TestSite site = site();
        QuickRebuild quick = preview(site).quick();
        site.file(post(4), "---\ntitle: Post 4\ntags: [t0]\n---\nSaved by an editor.\n\n## Part\n\nMore of post 4.\n");
        Optional<QuickRebuild.Edit> edit = quick.after(Set.of(site.source().resolve(post(4)),
                site.source().resolve("_posts/.2022-10-04-p4.md.swp"), site.source().resolve("_posts/4913")));
        madeAsWhole(edit, site, "an edit");
    }

    @Test
    void whatAnEditOfTextAloneCannotChangeIsLeftToAWholeBuild() throws Exception {
        TestSite site = site();
        // The front matter: a new title is on other pages, which the whole build finds.
        assertTrue(edit(preview(site).quick(), site, post(2),
                "---\ntitle: Post 2 renamed\ntags: [t0]\n---\nFirst paragraph of post 2.\n").isEmpty());
        // The id another page links to (post 3 links to post 1's #part): that link breaks, for the whole build to say.
        assertTrue(edit(preview(site).quick(), site, post(1),
                "---\ntitle: Post 1\ntags: [t1]\n---\nFirst paragraph.\n\n## Renamed part\n\nMore.\n").isEmpty());
        SiteBuildException broken = assertThrows(SiteBuildException.class, () -> preview(site));
        assertTrue(broken.problems().stream().anyMatch(p -> p.message().equals("broken link in 2022/10/03/p3.html: "
                + "/2022/10/01/p1.html#part (the page has no element with id \"part\")")), broken.problems().toString());
        site.file(post(1), "---\ntitle: Post 1\ntags: [t1]\n---\nFirst paragraph.\n\n## Part\n\nMore.\n");
        // A new post, a changed layout, a removed page.
        TestSite fresh = site();
        QuickRebuild quick = preview(fresh).quick();
        assertTrue(edit(quick, fresh, "_posts/2022-10-09-new.md", "---\ntitle: New\n---\nNew.\n").isEmpty());
        assertTrue(edit(preview(fresh).quick(), fresh, "_layouts/excerpts.html", "{{ content }}").isEmpty());
        QuickRebuild beforeRemoval = preview(fresh).quick();
        Files.delete(fresh.source().resolve("about.md"));
        assertTrue(beforeRemoval.after(Set.of(fresh.source().resolve("about.md"))).isEmpty());
    }

    @Test
    void anEditThatBreaksALinkIsLeftToTheWholeBuildWhichReportsIt() throws Exception {
        TestSite site = site();
        QuickRebuild quick = preview(site).quick();
        assertTrue(edit(quick, site, post(4), "---\ntitle: Post 4\ntags: [t0]\n---\nSee [this](/nowhere.html).\n").isEmpty());
        SiteBuildException failed = assertThrows(SiteBuildException.class, () -> preview(site));
        assertTrue(failed.problems().stream().anyMatch(p -> p.message().startsWith("broken link in 2022/10/04/p4.html: "
                + "/nowhere.html")), failed.problems().toString());
        // Once spent, it gives nothing more: the site is the whole build's to make.
        site.file(post(4), "---\ntitle: Post 4\ntags: [t0]\n---\nMended.\n");
        assertTrue(quick.after(Set.of(site.source().resolve(post(4)))).isEmpty());
    }

    @Test
    void aSiteThatIncludesAFileByItsPathIsAlwaysBuiltWhole() throws Exception {
        TestSite site = site().file("notes.md", "---\ntitle: Notes\n---\n{% include_relative _posts/2022-10-01-p1.md %}\n");
        QuickRebuild quick = preview(site).quick();
        assertTrue(edit(quick, site, post(1), "---\ntitle: Post 1\ntags: [t1]\n---\nIncluded elsewhere.\n\n## Part\n").isEmpty());
    }
}
