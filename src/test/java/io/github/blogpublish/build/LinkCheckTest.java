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

    @Test
    void linksThatResolveBuild() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_config.yml", "baseurl: /blog\n")
                .file("assets/cat.png", "png")
                .file("about.md", "---\ntitle: About\n---\nSee [the first post]({{ site.baseurl }}{% post_url 2022-10-01-first %}#회고하는-9월).\n")
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
                "6 broken link in 2022/10/01/first.html: /blog/nope.html (no file of the site is there)",
                "8 broken link in 2022/10/01/first.html: /blog/assets/gone.png (no file of the site is there)",
                "10 broken link in 2022/10/01/first.html: #nowhere (the page has no element with id \"nowhere\")",
                "12 broken link in 2022/10/01/first.html: /about.html (it does not start with the base URL /blog)"), found);
        Problem baseurl = e.problems().get(3);
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
