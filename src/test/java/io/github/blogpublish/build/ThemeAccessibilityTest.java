package io.github.blogpublish.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blogpublish.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page the built-in theme writes, checked in a real browser (Debian's headless Chromium) as a reader
 * meets it: served under the site's base URL, each page in turn at a phone's 360 px and a desktop's 1280 px, in
 * light and in dark colours. No page scrolls sideways, the dark colours apply when the reader prefers them, no
 * web font is declared (so no font swap can move the text), and axe-core (vendored in
 * {@code src/test/resources/axe-core}) finds no serious or critical accessibility violation: in light colours at
 * 1280 px and in dark ones at 360 px, so both layouts and both colour sets meet its contrast rule.
 */
class ThemeAccessibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The example blog, with one post of things wider than a phone: a table, a line of code, a URL, a picture. */
    @Test
    void everyPageOfTheExampleBlogUnderABaseUrl() throws Exception {
        Chromium.assumeInstalled();
        TestSite site = TestSite.example(dir);
        site.file("_config.yml", Files.readString(site.source().resolve("_config.yml")) + "baseurl: /blog\n")
                .file("_posts/2022-10-02-wide.md", "---\ntitle: Wide things on a narrow screen\ntags: [java]\n---\n"
                        + "| " + "column | ".repeat(12) + "\n|" + "---|".repeat(12) + "\n| " + "값 | ".repeat(12) + "\n\n"
                        + "```java\nString veryLongLine = \"" + "x".repeat(200) + "\"; // a long line of code\n```\n\n"
                        + "https://example.org/" + "a-very-long-path-segment".repeat(8) + "\n\n"
                        + "![A picture wider than a phone](data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'"
                        + " width='2000' height='100'/%3E)\n");
        site.build();
        assertEquals(List.of(), problems(site.output(), "/blog"));
    }

    @Test
    void everyPageOfJekyllNews() throws Exception {
        TestSite site = JekyllNewsBuildTest.jekyllNews(dir);
        Chromium.assumeInstalled();
        new SiteBuilder(site.config().brokenLinksWarn(true).build()).build();
        assertEquals(List.of(), problems(site.output(), ""));
    }

    /** What the browser found wrong on the pages of {@code site}, one line for each page and thing. */
    private static List<String> problems(Path site, String base) throws Exception {
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted()
                    .map(p -> base + "/" + site.relativize(p).toString().replace('\\', '/')).toList();
        }
        byte[] axe = resource("/axe-core/axe.min.js");
        byte[] harness = resource("/theme-check/harness.html");
        List<String> problems = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            String scheme = dark ? "dark" : "light";
            // The last width is the one axe-core runs at.
            List<Integer> widths = dark ? List.of(1280, 360) : List.of(360, 1280);
            byte[] settings = JSON.writeValueAsBytes(Map.of("pages", pages, "widths", widths));
            int seen = 0;
            try (SiteServer server = new SiteServer(site, base).add("axe.min.js", axe).add("harness.html", harness)
                    .add("settings.json", settings);
                 Chromium browser = Chromium.open(Chromium.window(1400, dark), server.url("/__test/harness.html"))) {
                long started = System.nanoTime();
                for (JsonNode report = JSON.readTree(server.nextReport(120)); !report.has("done");
                        report = JSON.readTree(server.nextReport(60))) {
                    seen++;
                    String page = report.path("page").asText() + " (" + scheme + ")";
                    if (report.has("error")) {
                        problems.add(page + ": the check failed: " + report.get("error").asText());
                        continue;
                    }
                    report.get("overflow").forEach(w -> problems.add(page + ": scrolls sideways at " + w + " px"));
                    String background = dark ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)";
                    if (!report.get("background").asText().equals(background)) {
                        problems.add(page + ": background " + report.get("background").asText() + ", not " + background);
                    }
                    if (report.get("webFonts").asInt() != 0) {
                        problems.add(page + ": declares " + report.get("webFonts").asInt() + " web fonts");
                    }
                    report.get("violations").forEach(v -> problems.add(page + ": " + v.asText()));
                }
                System.out.printf("theme check (%s): %d pages in %.1f s%n", scheme, seen,
                        (System.nanoTime() - started) / 1e9);
            }
            assertEquals(pages.size(), seen, "every page was checked in " + scheme + " colours");
        }
        return problems;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ThemeAccessibilityTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
