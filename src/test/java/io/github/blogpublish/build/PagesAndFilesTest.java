package io.github.blogpublish.build;

import io.github.blogpublish.problem.SiteBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages, static files, data files and the site-shaping keys of {@code _config.yml}. */
class PagesAndFilesTest {

    @TempDir
    Path dir;

    private List<String> written(TestSite site) throws Exception {
        try (Stream<Path> files = Files.walk(site.output())) {
            return files.filter(Files::isRegularFile).map(p -> site.output().relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void pagesGetJekyllsUrlsAndStaticFilesAreCopied() throws Exception {
        TestSite site = new TestSite(dir)
                .file("about.md", "---\ntitle: About me\n---\n*Hello*\n")
                .file("docs/index.md", "---\ntitle: Docs\n---\nDocs home\n")
                .file("404.html", "---\npermalink: /404.html\n---\n<p>Not here</p>\n")
                .file("plain.html", "<p>No front matter: copied as is</p>\n")
                .file("notes.md", "# Not a page: no front matter\n")
                .file("assets/site.css", "body { color: red }\n")
                .file("_sass/ignored.scss", "$x: 1;\n")
                .file("_config.yml", "title: Site\n");
        site.build();
        assertEquals(List.of("404.html", "about.html", "archive/index.html", "assets/blog/theme.css", "assets/blog/theme.js",
                "assets/site.css", "categories/index.html", "docs/index.html", "feed.xml", "index.html", "notes.md",
                "plain.html", "robots.txt", "search.js", "search.json", "sitemap.xml", "tags/index.html"), written(site),
                "the site's pages and files, and the built-in theme's: its lists, its script and style sheet");
        assertEquals("<p>Not here</p>\n", site.read("404.html"), "the site's own 404 page replaces the built-in one");
        String about = site.read("about.html");
        assertTrue(about.contains("<h1>About me</h1>"), about);
        assertTrue(about.contains("<p><em>Hello</em></p>"));
        assertTrue(about.contains("<title>About me · Site</title>"));
        assertEquals("<p>Not here</p>\n", site.read("404.html"), "an HTML page has no layout unless it names one");
        assertEquals("<p>No front matter: copied as is</p>\n", site.read("plain.html"));
    }

    @Test
    void prettyPermalinksGivePagesFolders() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_config.yml", "permalink: pretty\n")
                .file("about.md", "---\ntitle: About\n---\nx\n")
                .file("_posts/2022-10-01-hello.md", "---\ntitle: Hello\n---\nx\n");
        site.build();
        assertEquals(List.of("2022/10/01/hello/index.html", "404.html", "about/index.html", "feed.xml", "index.html",
                "robots.txt", "search.js", "search.json", "sitemap.xml"), withoutThemeFiles(written(site)));
    }

    @Test
    void aSitesOwnIndexPageReplacesTheBuiltInHomePage() throws Exception {
        TestSite site = new TestSite(dir)
                .file("index.html", "---\nlayout: default\ntitle: Welcome\n---\n<ul>{% for post in site.posts %}<li>{{ post.title }}</li>{% endfor %}</ul>\n")
                .file("_posts/2022-10-01-hello.md", "---\ntitle: Hello\n---\nx\n");
        site.build();
        assertTrue(site.read("index.html").contains("<ul><li>Hello</li></ul>"), site.read("index.html"));
    }

    @Test
    void dataFilesBecomeSiteData() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_data/authors.yml", "- name: 김철수\n  site: https://example.org\n- name: Lee\n")
                .file("_data/team/roles.json", "{\"lead\": \"Kim\"}")
                .file("_layouts/page.html", "{% for a in site.data.authors %}[{{ a.name }}]{% endfor %} lead={{ site.data.team.roles.lead }}")
                .file("about.md", "---\ntitle: About\n---\nx\n");
        site.build();
        assertEquals("[김철수][Lee] lead=Kim", site.read("about.html"));
    }

    @Test
    void badDataFilesAreReportedAtTheirLines() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_data/a.yml", "x: 1\nx: 2\n")
                .file("_data/b.json", "{\"a\": 1,\n \"b\": }\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        assertEquals(List.of("src/main/blog/_data/a.yml:2:1", "src/main/blog/_data/b.json:2:7"),
                e.problems().stream().map(p -> p.location().display(dir)).toList());
    }

    @Test
    void excludeKeepsFilesOutOfTheSite() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_config.yml", "exclude: [drafts-notes, \"*.txt\", README.md]\n")
                .file("drafts-notes/x.png", "png")
                .file("todo.txt", "todo")
                .file("README.md", "---\ntitle: Readme\n---\n")
                .file("Gemfile", "source 'x'")
                .file("keep.css", "a{}");
        site.build();
        assertEquals(List.of("404.html", "feed.xml", "index.html", "keep.css", "robots.txt", "search.js", "search.json",
                "sitemap.xml"), withoutThemeFiles(written(site)));
    }

    @Test
    void defaultsFillWhatFrontMatterLeavesOut() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_config.yml", """
                        defaults:
                          - scope: {path: "", type: posts}
                            values: {layout: wide, author: Kim}
                          - scope: {path: "guides"}
                            values: {layout: wide}
                        """)
                .file("_layouts/wide.html", "<div class=\"wide\">{{ page.author }}|{{ content }}</div>")
                .file("_posts/2022-10-01-a.md", "---\ntitle: A\n---\na\n")
                .file("_posts/2022-10-02-b.md", "---\ntitle: B\nlayout: post\nauthor: Lee\n---\nb\n")
                .file("guides/start.md", "---\ntitle: Start\n---\ns\n");
        site.build();
        assertEquals("<div class=\"wide\">Kim|<p>a</p>\n</div>", site.read("2022/10/01/a.html"));
        assertTrue(site.read("2022/10/02/b.html").contains("<h1>B</h1>"), "front matter beats defaults");
        assertTrue(site.read("guides/start.html").startsWith("<div class=\"wide\">"));
    }

    @Test
    void aPageAndAStaticFileWritingOneFileCollide() throws Exception {
        TestSite site = new TestSite(dir)
                .file("about.md", "---\ntitle: About\n---\nx\n")
                .file("about.html", "<p>static</p>");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        assertTrue(e.problems().get(0).message().contains("both write the same file: about.html"), e.report(dir));
    }

    @Test
    void unpublishedPagesAreLeftOut() throws Exception {
        TestSite site = new TestSite(dir).file("secret.md", "---\ntitle: Secret\npublished: false\n---\nx\n");
        site.build();
        assertFalse(Files.exists(site.output().resolve("secret.html")));
    }

    /** The files of a site but the built-in theme's lists, script and style sheet. */
    private static List<String> withoutThemeFiles(List<String> files) {
        return files.stream().filter(f -> !f.startsWith("assets/blog/") && !f.startsWith("archive/")
                && !f.startsWith("tags/") && !f.startsWith("categories/")).toList();
    }
}
