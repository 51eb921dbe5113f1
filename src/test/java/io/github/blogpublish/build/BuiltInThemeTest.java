package io.github.blogpublish.build;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the built-in theme puts on a blog's pages, read from the written HTML: a Korean blog with an author, an
 * avatar, social links, an about page, a long post with sections, code, a footnote and a picture, an English post
 * and an old one, two posts to a page. (How it looks and reads in a browser is {@link ThemeBrowserTest}'s and
 * {@link ThemeAccessibilityTest}'s.)
 */
class BuiltInThemeTest {

    private static final String LONG = "개발/2024/03/01/long.html";

    @TempDir
    Path dir;

    TestSite site;

    @BeforeEach
    void build() throws Exception {
        site = blog(dir);
    }

    /** The blog described above, in {@code project}. */
    static TestSite blog(Path project) throws Exception {
        return new TestSite(project)
                .file("_config.yml", """
                        title: 길동의 블로그
                        lang: ko
                        author: 홍길동
                        avatar: /assets/me.png
                        social:
                          github: gildong
                          email: gildong@example.org
                          linkedin: gildong
                        plugins: [jekyll-paginate]
                        paginate: 2
                        """)
                .file("assets/me.png", "png")
                // 1,400 Hangul syllables: three minutes at 500 a minute.
                .file("_posts/2024-03-01-long.md", "---\ntitle: 긴 글\ntags: [자바, Maven]\ncategories: [개발]\n"
                        + "last_modified_at: 2024-04-02\n---\n![그림](/assets/me.png)\n\n첫 문단입니다.[^1]\n\n## 시작\n\n"
                        + "가나다라마바사 ".repeat(200) + "\n\n### 세부\n\n```java\nint x = 1;\n```\n\n## 끝\n\n마지막.\n\n"
                        + "[^1]: 각주입니다.\n")
                // 601 words: four minutes at 200 a minute, rounded up.
                .file("_posts/2024-02-01-english.md", "---\ntitle: An English post\ntags: [Maven]\n---\n"
                        + "The opening paragraph.\n\n" + "word ".repeat(600) + "\n")
                .file("_posts/2023-12-25-old.md", "---\ntitle: 작년 글\n---\n# 작년\n\n작년에 쓴 글.\n")
                .file("about.md", "---\ntitle: 소개\nlayout: page\npermalink: /about/\n---\n저는 길동입니다.\n");
    }

    @Test
    void aPostHasItsContentsReadingTimeTermsUpdateAndNeighbours() throws Exception {
        site.build();
        String post = site.read(LONG);
        assertTrue(post.contains("<html lang=\"ko\">"), "lang from _config.yml");
        // The contents: sections and their subsections, beside the text and folded above it.
        String items = "<ul><li class=\"depth-1\"><a href=\"#시작\">시작</a></li><li class=\"depth-2\"><a href=\"#세부\">세부</a>"
                + "</li><li class=\"depth-1\"><a href=\"#끝\">끝</a></li></ul>";
        assertTrue(post.contains("<nav class=\"toc toc-wide\" aria-label=\"목차\"><p class=\"toc-title\">목차</p>" + items), post);
        assertTrue(post.contains("<details class=\"toc toc-narrow\"><summary>목차</summary>" + items));
        assertTrue(post.contains("<span>3분 읽기</span>"), "Korean read by characters");
        assertTrue(post.contains("<span>수정 <time datetime=\"2024-04-02T00:00:00+00:00\">2024-04-02</time></span>"),
                "last_modified_at");
        assertTrue(post.contains("<a class=\"category\" href=\"/categories/개발/\">개발</a>"
                + "<a class=\"tag\" href=\"/tags/자바/\">#자바</a><a class=\"tag\" href=\"/tags/maven/\">#Maven</a>"));
        assertTrue(Files.exists(site.output().resolve("categories/개발/index.html")));
        assertTrue(Files.exists(site.output().resolve("tags/maven/index.html")));
        assertTrue(post.contains("<nav class=\"neighbours\" aria-label=\"다른 글\"><a rel=\"prev\" href=\"/2024/02/01/english.html\">"
                + "<span>이전 글</span>An English post</a></nav>"), "the newest post has only a previous one");
        assertTrue(site.read("2024/02/01/english.html").contains("<span>4분 읽기</span>"), "English read by words");
        String english = site.read("2024/02/01/english.html");
        assertTrue(english.contains("<a rel=\"prev\" href=\"/2023/12/25/old.html\"><span>이전 글</span>작년 글</a>"
                + "<a rel=\"next\" href=\"/%EA%B0%9C%EB%B0%9C/2024/03/01/long.html\"><span>다음 글</span>긴 글</a>"));
        assertTrue(post.contains("<a href=\"#fnref-1\" class=\"footnote-backref\""), "the footnote returns to its reference");
        // A post of one section has no contents; the old post's only heading is its section.
        assertFalse(site.read("2023/12/25/old.html").contains("class=\"toc"));
        // The theme's own script and style sheet, linked relative to the page so it opens from disk.
        Path page = site.output().resolve(LONG);
        assertEquals(site.output().resolve("assets/blog/theme.css"), page.resolveSibling(
                linked(post, "<link rel=\"stylesheet\" href=\"([^\"]+)\">")).normalize());
        assertEquals(site.output().resolve("assets/blog/theme.js"), page.resolveSibling(
                linked(post, "<script src=\"([^\"]+)\" defer></script>")).normalize());
        assertTrue(Files.isRegularFile(site.output().resolve("assets/blog/theme.js")));
    }

    @Test
    void tocFalseLeavesThePostsContentsOut() throws Exception {
        String text = Files.readString(site.source().resolve("_posts/2024-03-01-long.md"));
        site.file("_posts/2024-03-01-long.md", text.replace("title: 긴 글\n", "title: 긴 글\ntoc: false\n")).build();
        String post = site.read(LONG);
        assertFalse(post.contains("class=\"toc"), post);
        assertFalse(post.contains("has-toc"));
    }

    @Test
    void theHomePageHasExcerptsPicturesAndPages() throws Exception {
        site.build();
        String home = site.read("index.html");
        // The long post's excerpt is its picture: its opening text stands in for it.
        assertTrue(home.contains("<img src=\"/assets/me.png\" alt=\"\" loading=\"lazy\" width=\"96\" height=\"96\">"), home);
        assertTrue(home.contains("<p class=\"excerpt\">첫 문단입니다.1 시작 가나다라마바사"), home);
        assertTrue(home.contains("<p class=\"excerpt\">The opening paragraph.</p>"));
        assertTrue(home.contains("<span>페이지 1 / 2</span> <a rel=\"next\" href=\"/page2/\">지난 글</a>"));
        String second = site.read("page2/index.html");
        // The old post's excerpt is a heading: its text follows.
        assertTrue(second.contains("<p class=\"excerpt\">작년 작년에 쓴 글.</p>"), second);
        assertTrue(second.contains("<a rel=\"prev\" href=\"/\">새 글</a> <span>페이지 2 / 2</span>"));
    }

    @Test
    void tagCategoryAndYearListsAreInTheNavigationAndTheSitemap() throws Exception {
        site.build();
        String tags = site.read("tags/index.html");
        assertTrue(tags.contains("<li><a href=\"/tags/maven/\">Maven</a> <span class=\"count\">2</span></li>\n"
                + "<li><a href=\"/tags/%EC%9E%90%EB%B0%94/\">자바</a> <span class=\"count\">1</span></li>"), tags);
        assertTrue(site.read("categories/index.html").contains("<a href=\"/categories/%EA%B0%9C%EB%B0%9C/\">개발</a> <span class=\"count\">1</span>"));
        String maven = site.read("tags/maven/index.html");
        assertTrue(maven.contains("<h1>태그: Maven</h1>"));
        assertTrue(maven.indexOf("긴 글") < maven.indexOf("An English post"), "newest first");
        String archive = site.read("archive/index.html");
        assertTrue(archive.contains("<h2 id=\"y2024\">2024 <span class=\"count\">2</span></h2>"), archive);
        assertTrue(archive.contains("<h2 id=\"y2023\">2023 <span class=\"count\">1</span></h2>"));
        String sitemap = site.read("sitemap.xml");
        for (String url : List.of("/tags/", "/tags/maven/", "/categories/", "/archive/", "/about/")) {
            assertTrue(sitemap.contains("<loc>" + url + "</loc>"), url + " in " + sitemap);
        }
        assertTrue(site.read("index.html").contains(
                "<nav aria-label=\"Site\"><a href=\"/about/\">소개</a><a href=\"/tags/\">태그</a><a href=\"/archive/\">보관함</a></nav>"));
    }

    @Test
    void theAuthorAvatarAndSocialLinksAreInHeaderAndFooter() throws Exception {
        site.build();
        String page = site.read("about/index.html");
        assertTrue(page.contains("<a class=\"site\" href=\"/\"><img class=\"avatar\" src=\"/assets/me.png\" alt=\"\" width=\"28\" height=\"28\">길동의 블로그</a>"));
        assertTrue(page.contains("<li><a href=\"https://github.com/gildong\" rel=\"me\">GitHub</a></li>"
                + "<li><a href=\"https://www.linkedin.com/in/gildong\" rel=\"me\">LinkedIn</a></li>"
                + "<li><a href=\"mailto:gildong@example.org\">gildong@example.org</a></li><li><a href=\"/feed.xml\">RSS</a></li>"));
        assertTrue(page.contains("<p>© 홍길동 · <a href=\"/feed.xml\">피드</a></p>"));
    }

    @Test
    void theSearchIndexComesAsJsonAndAsAScriptForPagesOpenedFromDisk() throws Exception {
        site.build();
        String json = site.read("search.json");
        assertEquals("window.blogSearchIndex(" + json + ");\n", site.read("search.js"));
        assertTrue(json.contains("\"title\":\"긴 글\",\"url\":\"/%EA%B0%9C%EB%B0%9C/2024/03/01/long.html\""), json);
    }

    @Test
    void commentsLoadOnlyWhenConfigured() throws Exception {
        site.build();
        assertFalse(site.read(LONG).contains("giscus"), "no comments unless _config.yml asks");
        site.file("_config.yml", Files.readString(site.source().resolve("_config.yml")) + """
                comments:
                  provider: giscus
                  giscus:
                    repo: gildong/blog
                    repo_id: R_1
                    category: Comments
                    category_id: C_1
                """);
        site.build();
        String post = site.read(LONG);
        assertTrue(post.contains("<section class=\"comments\" aria-label=\"댓글\">\n<script src=\"https://giscus.app/client.js\""
                + " data-repo=\"gildong/blog\" data-repo-id=\"R_1\" data-category=\"Comments\" data-category-id=\"C_1\""), post);
        assertTrue(post.contains("data-lang=\"ko\""));
        assertFalse(site.read("index.html").contains("giscus"), "comments are under posts only");
    }

    @Test
    void anEnglishBlogGetsTheThemesEnglishWords() throws Exception {
        site.file("_config.yml", "title: Blog\n").build();
        String post = site.read(LONG);
        assertTrue(post.contains("<html lang=\"en\">"));
        assertTrue(post.contains("<span>3 min read</span>"), post);
        assertTrue(post.contains("<p class=\"toc-title\">Contents</p>"));
        assertTrue(post.contains("<span>Previous post</span>"));
    }

    @Test
    void everyPieceCanBeReplacedByTheSitesOwnInclude() throws Exception {
        site.file("_includes/toc.html", "<nav class=\"my-toc\">{{ headings.size }} sections</nav>")
                .file("_includes/search.html", "")
                .file("_data/blog_theme.yml", "ko:\n  minutes: 분 동안 읽기\n");
        site.build();
        String post = site.read(LONG);
        assertTrue(post.contains("<nav class=\"my-toc\">3 sections</nav>"), post);
        assertFalse(post.contains("id=\"search\""), "the site's empty search.html replaces the box");
        assertTrue(post.contains("<span>3분 동안 읽기</span>"), "the site's own words");
    }

    /** The address {@code pattern}'s group 1 finds in {@code html}: a relative link, not one from the site's root. */
    private static String linked(String html, String pattern) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(html);
        assertTrue(m.find(), pattern);
        assertFalse(m.group(1).startsWith("/"), m.group(1));
        return m.group(1);
    }
}
