package io.github.blogpublish.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files every site gets, checked with real parsers: HTML5, Atom, the sitemap schema, JSON. */
class SiteOutputsTest {

    static final String HOSTILE = "<script>alert(1)</script> & \"quotes\" ]]> 'end'";

    @TempDir
    Path dir;

    TestSite site;

    @BeforeEach
    void build() throws Exception {
        site = new TestSite(dir)
                .file("_config.yml", "title: 회고와 계획\nurl: https://blog.example.org\nbaseurl: /b\npaginate: 2\n")
                .copy(TestSite.REAL_POST, "_posts/2022-10-01-2022_10_plan.md")
                .file("_posts/2022-10-05-hostile.md", "---\ntitle: " + yaml(HOSTILE) + "\ntags: [보안, java]\n"
                        + "categories: [daily_life]\n---\nBody with ]]> and <b>bold</b>.\n")
                .file("_posts/2022-10-09-third.md", "---\ntitle: Third\ntags: [java]\n---\nThird post.\n")
                .file("about.md", "---\ntitle: About\n---\nAbout page.\n");
        site.build();
    }

    static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void everyPageIsValidHtml5() throws Exception {
        try (Stream<Path> files = Files.walk(site.output())) {
            assertTrue(files.filter(p -> p.toString().endsWith(".html")).count() >= 10,
                    "posts, pages, home pages, archives and 404");
        }
        assertEquals(List.of(), OutputValidators.htmlErrors(site.output()));
    }

    @Test
    void theFeedIsAtomWithTitlesAsJekyllFeedWritesThem() throws Exception {
        SyndFeed feed = OutputValidators.atom(site.output());
        assertEquals("회고와 계획", feed.getTitle());
        List<String> titles = feed.getEntries().stream().map(SyndEntry::getTitle).toList();
        // Titles of type html, as jekyll-feed makes them: smart quotes, tags stripped, an ampersand escaped.
        assertEquals(List.of("Third", "&amp; \u201Cquotes\u201D ]]> \u2018end\u2019", "회고하는 9월, 계획하는 10월"), titles);
        SyndEntry hostile = feed.getEntries().get(1);
        assertEquals("https://blog.example.org/b/daily_life/2022/10/05/hostile.html", hostile.getLink());
        assertTrue(hostile.getContents().get(0).getValue().contains("Body with ]]&gt; and <b>bold</b>."),
                hostile.getContents().get(0).getValue());
        assertNotNull(hostile.getPublishedDate());
    }

    @Test
    void theSitemapIsValidAgainstTheSitemapSchema() throws Exception {
        OutputValidators.sitemap(site.output());
        String sitemap = site.read("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://blog.example.org/b/daily_life/2022/10/01/2022_10_plan.html</loc>"));
        assertTrue(sitemap.contains("<loc>https://blog.example.org/b/about.html</loc>"));
    }

    @Test
    void theSearchIndexIsJsonWithRawTitles() throws Exception {
        JsonNode index = new ObjectMapper().readTree(site.output().resolve("search.json").toFile());
        assertEquals(3, index.size());
        assertEquals(HOSTILE, index.get(1).get("title").asText());
        assertEquals("/b/daily_life/2022/10/05/hostile.html", index.get(1).get("url").asText());
        assertEquals("[\"보안\",\"java\"]", index.get(1).get("tags").toString());
        assertTrue(index.get(2).get("text").asText().startsWith("회고하는 9월 학기가 시작되었다."));
    }

    @Test
    void aHostileTitleIsEscapedInPageAndIndex() throws Exception {
        String post = site.read("daily_life/2022/10/05/hostile.html");
        assertFalse(post.contains("<script>alert(1)"), post);
        assertTrue(post.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; ]]&gt; &#39;end&#39;</h1>"), post);
        String home = site.read("index.html");
        assertFalse(home.contains("<script>alert(1)"));
    }

    @Test
    void tagAndCategoryArchivesListTheirPosts() throws Exception {
        String java = site.read("tags/java/index.html");
        assertTrue(java.contains("<h1>Tag: java</h1>"));
        assertTrue(java.indexOf("Third") < java.indexOf("alert"), "newest first");
        assertTrue(site.read("tags/보안/index.html").contains("hostile.html"));
        // Slugged as Jekyll's slugify does: the underscore becomes a hyphen.
        assertTrue(site.read("categories/daily-life/index.html").contains("2022_10_plan.html"));
    }

    @Test
    void theHomePageIsPaginated() throws Exception {
        String first = site.read("index.html");
        String second = site.read("page2/index.html");
        assertTrue(first.contains("Third") && first.contains("hostile.html") && !first.contains("2022_10_plan.html"));
        assertTrue(second.contains("2022_10_plan.html"));
        assertTrue(first.contains("<a rel=\"next\" href=\"/b/page2/\">Older posts</a>"), first);
        assertTrue(second.contains("<a rel=\"prev\" href=\"/b/\">Newer posts</a>"));
    }

    @Test
    void paginatePathPlacesTheFollowingPages() throws Exception {
        site.file("_config.yml", "title: T\nurl: https://blog.example.org\npaginate: 1\npaginate_path: \"blog/page/:num/\"\n");
        site.build();
        assertTrue(site.read("blog/page/2/index.html").contains("Older posts"));
        assertTrue(site.read("blog/page/3/index.html").contains("<a rel=\"prev\" href=\"/blog/page/2/\">Newer posts</a>"));
    }

    @Test
    void robotsNamesTheSitemap() throws Exception {
        assertEquals("Sitemap: https://blog.example.org/b/sitemap.xml\n", site.read("robots.txt"));
    }
}
