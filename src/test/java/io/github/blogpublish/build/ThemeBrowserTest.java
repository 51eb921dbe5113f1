package io.github.blogpublish.build;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in theme in a real browser (Debian's headless Chromium): at a phone's 360 px and a desktop's
 * 1280 px no page scrolls sideways, and the dark colours apply when the reader prefers them. Screenshots are
 * left in {@code target/theme-screenshots/} for a person to look at.
 */
class ThemeBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern RESULT = Pattern.compile("data-probe=\"([^\"]*)\"");

    @TempDir
    Path dir;

    TestSite site;

    @BeforeEach
    void build() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium is not installed (apt-get install chromium; .ci/run installs it)");
        site = new TestSite(dir)
                .file("_config.yml", "title: 회고와 계획\nlang: ko\n")
                .copy(TestSite.REAL_POST, "_posts/2022-10-01-2022_10_plan.md")
                .file("_posts/2022-10-02-wide.md", "---\ntitle: Wide things on a narrow screen\ntags: [java]\n---\n"
                        + "| " + "column | ".repeat(12) + "\n|" + "---|".repeat(12) + "\n| " + "값 | ".repeat(12) + "\n\n"
                        + "```java\nString veryLongLine = \"" + "x".repeat(200) + "\"; // a long line of code\n```\n\n"
                        + "https://example.org/" + "a-very-long-path-segment".repeat(8) + "\n");
        site.build();
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"360, light", "1280, light", "360, dark", "1280, dark"})
    void noPageScrollsSidewaysAndDarkModeApplies(int width, String scheme) throws Exception {
        List<String> pages = List.of("index.html", "daily_life/2022/10/01/2022_10_plan.html", "2022/10/02/wide.html",
                "tags/java/index.html", "404.html");
        Path shots = Path.of("target/theme-screenshots");
        Files.createDirectories(shots);
        for (String page : pages) {
            Path file = site.output().resolve(page);
            Path probe = file.resolveSibling("probe-" + file.getFileName());
            Files.writeString(probe, Files.readString(file, StandardCharsets.UTF_8).replace("</body>",
                    "<script>document.body.setAttribute('data-probe', (document.documentElement.scrollWidth > window.innerWidth)"
                            + " + '|' + getComputedStyle(document.body).backgroundColor)</script></body>"), StandardCharsets.UTF_8);
            String dom = chromium(width, scheme, "--dump-dom", probe.toUri().toString());
            Matcher m = RESULT.matcher(dom);
            assertTrue(m.find(), "the probe ran in " + page);
            String[] result = m.group(1).split("\\|");
            assertEquals("false", result[0], page + " scrolls sideways at " + width + " px");
            assertEquals(scheme.equals("dark") ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)", result[1], page);
            chromium(width, scheme, "--screenshot=" + shots.toAbsolutePath().resolve(
                    page.replace('/', '_').replace(".html", "") + "-" + width + "-" + scheme + ".png"), file.toUri().toString());
        }
    }

    private String chromium(int width, String scheme, String action, String url) throws Exception {
        try (io.github.blogpublish.BrowserProfile profile = new io.github.blogpublish.BrowserProfile()) {
            return chromium(profile, width, scheme, action, url);
        }
    }

    private String chromium(io.github.blogpublish.BrowserProfile profile, int width, String scheme, String action,
                            String url) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", profile.flag(),
                "--window-size=" + width + ",1000", action, url));
        if (scheme.equals("dark")) {
            command.add(command.size() - 2, "--blink-settings=preferredColorScheme=0");
        }
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "Chromium finished");
        } finally {
            io.github.blogpublish.BrowserProfile.stop(process);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
