package io.github.blogpublish.build;

import io.github.blogpublish.Corpus;
import io.github.blogpublish.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jekyll's own news posts (102, in the corpus's jekyll-news) build with the built-in theme, and their URLs
 * are exactly the ones Jekyll gives the same posts. The posts are copied into a temporary site with one
 * change: {@code 2023-01-29-jekyll-3-9-3-released} has the malformed {@code date: 2023-01-29 18:30:22 2023 -0800},
 * which this build rightly refuses, so the copy drops the stray {@code 2023}. Three posts link to
 * {@code _docs/history.md}, a page of Jekyll's documentation that is not in the corpus, and many link to
 * other documentation pages: the build runs with broken links as warnings. One post names layout
 * {@code news_item}, also from that site: the test site defines it as the built-in {@code post} layout.
 */
class JekyllNewsBuildTest {

    @TempDir
    Path dir;

    @Test
    void jekyllNewsBuildsWithTheBuiltInThemeAndJekyllsUrls() throws Exception {
        Path posts = Corpus.require("jekyll-news/docs/_posts");
        TestSite site = jekyllNews(dir.resolve("ours"));
        BuildResult result = new SiteBuilder(site.config().brokenLinksWarn(true).build()).build();
        assertEquals(102, result.posts());
        assertTrue(result.warnings().stream().map(Problem::message)
                .anyMatch(m -> m.equals("{% link %} names _docs/history.md, which does not exist; it is left empty")));

        // The post URLs, from the search index; every post's page exists where its URL says.
        Set<String> ourUrls = JekyllOracle.ourPostUrls(site);
        assertEquals(102, ourUrls.size());

        // Every page is valid HTML5, the feed is Atom, the sitemap follows its schema.
        assertEquals(List.of(), OutputValidators.htmlErrors(site.output()));
        assertEquals(10, OutputValidators.atom(site.output()).getEntries().size(), "jekyll-feed's posts_limit");
        OutputValidators.sitemap(site.output());

        Set<String> jekyllUrls = jekyllUrls(posts, dir.resolve("jekyll"));
        assertEquals(jekyllUrls, ourUrls);
    }

    /**
     * The posts exactly as Jekyll's repository has them: under {@code blog.profile=jekyll} the build passes, the
     * repeated year is a warning at its line showing the date Jekyll reads, and the URLs are Jekyll's for the
     * same, unchanged files. Under the default profile the same posts fail at that line.
     */
    @Test
    void jekyllNewsBuildsUnchangedUnderTheJekyllProfile() throws Exception {
        Path posts = Corpus.require("jekyll-news/docs/_posts");
        Path ours = dir.resolve("ours");
        copyPosts(posts, ours.resolve("src/main/blog/_posts"), false);
        Files.writeString(ours.resolve("src/main/blog/_config.yml"), "title: Jekyll News\nurl: https://jekyllrb.com\n");
        Files.createDirectories(ours.resolve("src/main/blog/_layouts"));
        Files.writeString(ours.resolve("src/main/blog/_layouts/news_item.html"), "---\nlayout: post\n---\n{{ content }}\n");
        TestSite site = new TestSite(ours);

        io.github.blogpublish.problem.SiteBuildException strict = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.blogpublish.problem.SiteBuildException.class,
                () -> new SiteBuilder(site.config().brokenLinksWarn(true).build()).build());
        Problem refused = strict.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals("2023-01-29-jekyll-3-9-3-released.markdown", refused.location().file().getFileName().toString());
        assertEquals(3, refused.location().line());
        assertEquals(io.github.blogpublish.problem.Rule.DATE_TRAILING_TEXT, refused.rule());

        BuildResult result = new SiteBuilder(site.config().profile("jekyll").build()).build();
        assertEquals(102, result.posts());
        Problem trailing = result.warnings().stream()
                .filter(w -> w.rule() == io.github.blogpublish.problem.Rule.DATE_TRAILING_TEXT).findFirst().orElseThrow();
        assertEquals(3, trailing.location().line());
        assertEquals("write date: 2023-01-29 18:30:22 +0000", trailing.hint());
        Set<String> ourUrls = JekyllOracle.ourPostUrls(site);
        assertEquals(102, ourUrls.size());
        assertEquals(jekyllUrls(posts, dir.resolve("jekyll"), false), ourUrls);
    }

    /**
     * A blog project at {@code project} holding jekyll-news's posts, with the repeated year dropped and layout
     * {@code news_item} (of Jekyll's documentation site, named by one post) defined as the built-in post.
     */
    static TestSite jekyllNews(Path project) throws Exception {
        TestSite site = new TestSite(project);
        copyPosts(Corpus.require("jekyll-news/docs/_posts"), site.source().resolve("_posts"));
        return site.file("_config.yml", "title: Jekyll News\nurl: https://jekyllrb.com\n")
                .file("_layouts/news_item.html", "---\nlayout: post\n---\n{{ content }}\n");
    }

    private static void copyPosts(Path from, Path to) throws Exception {
        copyPosts(from, to, true);
    }

    /** @param fixDate whether the repeated year of one post's date is dropped */
    private static void copyPosts(Path from, Path to, boolean fixDate) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> posts = Files.list(from)) {
            for (Path post : posts.sorted().toList()) {
                String text = Files.readString(post, StandardCharsets.UTF_8);
                if (fixDate) {
                    text = text.replace("date: 2023-01-29 18:30:22 2023 -0800", "date: 2023-01-29 18:30:22 -0800");
                }
                Files.writeString(to.resolve(post.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
    }

    /** The post URLs Jekyll itself gives the same posts, listed by a Liquid page of a Jekyll site. */
    private static Set<String> jekyllUrls(Path posts, Path site) throws Exception {
        return jekyllUrls(posts, site, true);
    }

    private static Set<String> jekyllUrls(Path posts, Path site, boolean fixDate) throws Exception {
        copyPosts(posts, site.resolve("_posts"), fixDate);
        Files.createDirectories(site.resolve("_docs"));
        Files.writeString(site.resolve("_docs/history.md"), "---\ntitle: History\n---\nHistory.\n");
        Files.writeString(site.resolve("_config.yml"), "collections:\n  docs:\n    output: true\n");
        return JekyllOracle.postUrls(site);
    }
}
