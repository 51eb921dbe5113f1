package io.github.blogpublish.build;

import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.SiteBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkCheckTest {

    @TempDir
    Path dir;

    /** The attribute scan finds exactly what the two patterns it replaced found, on odd HTML of every kind. */
    @Test
    void theAttributeScanFindsWhatTheRegularExpressionsFound() throws Exception {
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("\\s(href|src)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("\\sid\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
        String[] pieces = {" ", "\n", "\t", "href", "src", "id", "=", "\"", "'", "a", "/x", "data-", "<p ", ">", "#", "한", "글 "};
        java.util.Random random = new java.util.Random(42);
        List<String> texts = new java.util.ArrayList<>(List.of(
                "<a href=\"/a\" id='x' src = \"b\">", "<a title=\"x href='y'\" href=\"z\">", "<p data-id=\"no\" valid=\"no\">",
                "<a href=\"u?a=b\" id=\"i href='not'\">", "\thref\n=\n'a'", "<a href=no-quotes id=unquoted>",
                "<h2 id=\"회고하는-9월\">", "<a href=\"/글/한국어.html#회고\" title='가=나'>", "한 href='다'"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = id.matcher(text);
            while (m.find()) {
                expected.add("id=" + (m.group(2) != null ? m.group(2) : m.group(3)));
            }
            m = link.matcher(text);
            while (m.find()) {
                expected.add("link=" + (m.group(3) != null ? m.group(3) : m.group(4)));
            }
            List<String> ids = new java.util.ArrayList<>();
            List<String> links = new java.util.ArrayList<>();
            LinkCheck.attributes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), (name, value) -> (name.equals("id") ? ids : links)
                    .add((name.equals("id") ? "id=" : "link=") + value));
            ids.addAll(links);
            assertEquals(expected, ids, text);
        }
    }

    @Test
    void theImagesAThemeTakesFromConfigYmlMustBeFilesOfTheSite() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_config.yml", "baseurl: /blog\nlogo: /assets/logo.png\navatar: https://example.org/me.png\n"
                        + "favicon: /blog/assets/favicon.ico\n")
                .file("assets/favicon.ico", "ico")
                .file("_posts/2022-10-01-first.md", "---\ntitle: First\n---\nText.\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        assertEquals(List.of("_config.yml:2:7 logo: /assets/logo.png names no file of the site [broken-link]"),
                e.problems().stream().map(p -> p.location().file().getFileName() + ":" + p.location().line() + ":"
                        + p.location().column() + " " + p.message() + " [" + p.rule().id() + "]").toList());
        site.file("assets/logo.png", "png");
        site.build();
    }

    @Test
    void linksThatResolveBuild() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_config.yml", "baseurl: /blog\n")
                .file("assets/cat.png", "png")
                .file("about.md", "---\ntitle: About\n---\nSee [the first post]({% post_url 2022-10-01-first %}#회고하는-9월).\n")
                .file("_posts/2022-10-01-first.md", "---\ntitle: First\n---\n# 회고하는 9월\n\n![cat](/blog/assets/cat.png) "
                        + "[about](../../../about.html) [top](#회고하는-9월) [feed](/blog/feed.xml) [ext](https://example.org/x) "
                        + "[mail](mailto:a@example.org)\n");
        site.build();
        assertTrue(Files.exists(site.output().resolve("about.html")));
    }

    @Test
    void brokenLinksAreErrorsAtTheirSourceLines() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_config.yml", "baseurl: /blog\n")
                .file("_posts/2022-10-01-first.md", "---\ntitle: First\n---\nIntro.\n\n"
                        + "[missing page](/blog/nope.html)\n\n"
                        + "![missing image](/blog/assets/gone.png)\n\n"
                        + "[no anchor](#nowhere)\n\n"
                        + "[no base url](/about.html)\n")
                .file("about.md", "---\ntitle: About\n---\nx\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        List<String> found = e.problems().stream().map(p -> p.location().line() + " " + p.message()).toList();
        assertEquals(List.of(
                // The home page shows the post's first image, so the missing one is missing there too.
                "0 broken link in index.html: /blog/assets/gone.png (no file of the site is there)",
                "6 broken link in 2022/10/01/first.html: /blog/nope.html (no file of the site is there)",
                "8 broken link in 2022/10/01/first.html: /blog/assets/gone.png (no file of the site is there)",
                "10 broken link in 2022/10/01/first.html: #nowhere (the page has no element with id \"nowhere\")",
                "12 broken link in 2022/10/01/first.html: /about.html (it does not start with the base URL /blog)"), found);
        Problem baseurl = e.problems().get(4);
        assertEquals("write the link with {{ '/about.html' | relative_url }} so it gets the base URL /blog", baseurl.hint());
        assertFalse(Files.exists(site.output()), "nothing is written");
    }

    @Test
    void brokenLinksCanBeDowngradedToWarnings() throws Exception {
        TestSite site = new TestSite(dir).file("_posts/2022-10-01-first.md", "---\ntitle: First\n---\n[x](/nope.html)\n");
        BuildResult result = new SiteBuilder(site.config().brokenLinksWarn(true).build()).build();
        assertEquals(List.of("broken link in 2022/10/01/first.html: /nope.html (no file of the site is there)"),
                result.warnings().stream().map(Problem::message).toList());
    }
}
