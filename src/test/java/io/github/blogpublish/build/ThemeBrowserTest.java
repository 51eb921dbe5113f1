package io.github.blogpublish.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blogpublish.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in theme's search and looks in a real browser (Debian's headless Chromium), on the repository's
 * example blog. The search box finds a Korean post by a word and by its initial consonants (초성), says so when
 * nothing matches, is reached with {@code /} and picked from with the arrows and Enter; from a page opened from
 * disk as from a server under a base URL. Screenshots of the home page, a post with a table and code, a tag page
 * and search results, at 360 px and 1280 px in light and dark colours, are left in {@code target/theme-screenshots/}
 * for a person to look at.
 */
class ThemeBrowserTest {

    private static final Pattern PROBE = Pattern.compile("data-probe=\"([^\"]*)\"");
    private static final String PLAN = "회고하는 9월, 계획하는 10월";
    private static final String POST = "notes/2022/09/12/hello-maven.html";

    /** Searches three ways and types into the box, then leaves what it saw in the body's data-probe. */
    private static final String SEARCH_PROBE = """
            <script>
            addEventListener('load', async function () {
              var r = {};
              try {
                await window.blogSearch.load();
                ['회고', 'ㅎㄱ', 'ㅎㄱ 계획', 'MAVEN', 'xylophone'].forEach(function (q) {
                  r[q] = window.blogSearch.find(q).map(function (e) { return e.title; });
                });
                document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
                r.focused = document.activeElement.id;
                var box = document.getElementById('search');
                var typed = async function (text) {
                  box.value = text;
                  box.dispatchEvent(new Event('input'));
                  await new Promise(function (done) { setTimeout(done, 300); });
                  return Array.from(document.querySelectorAll('#search-results li')).map(function (li) {
                    var a = li.querySelector('a');
                    return a ? a.firstChild.textContent + ' -> ' + a.getAttribute('href') : li.textContent;
                  });
                };
                r.missing = await typed('xylophone');
                r.shown = await typed('ㅎㄱ');
                box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
                r.picked = document.getElementById(box.getAttribute('aria-activedescendant')).textContent;
              } catch (e) {
                r.error = String(e.stack || e);
              }
              document.body.setAttribute('data-probe', JSON.stringify(r));
              if (location.hash === '#enter') {
                box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
              }
            });
            </script>
            """;

    @TempDir
    Path dir;

    TestSite site;

    @BeforeEach
    void build() throws Exception {
        Chromium.assumeInstalled();
        site = TestSite.example(dir);
    }

    @Test
    void searchFromAPageOpenedFromDisk() throws Exception {
        site.build();
        Path probe = probe(site.output().resolve(POST));
        JsonNode seen = search(probe.toUri().toString());
        assertEquals("[\"" + PLAN + " -> ../../../../daily_life/2022/10/01/2022_10_plan.html\"]",
                seen.get("shown").toString());
        String opened = dom(probe.toUri() + "#enter");
        assertTrue(opened.contains("<title>" + PLAN + " · 회고와 계획</title>"), "Enter opened the post");
    }

    @Test
    void searchFromAServerUnderABaseUrl() throws Exception {
        site.file("_config.yml", Files.readString(site.source().resolve("_config.yml")) + "baseurl: /blog\n");
        site.build();
        probe(site.output().resolve(POST));
        try (SiteServer server = new SiteServer(site.output(), "/blog")) {
            String url = server.url("/blog/" + POST.replace(".html", "-probe.html"));
            JsonNode seen = search(url);
            assertEquals("[\"" + PLAN + " -> /blog/daily_life/2022/10/01/2022_10_plan.html\"]", seen.get("shown").toString());
            // Chromium does not finish a page that navigates away over HTTP within a virtual time budget: here it
            // stays open, and the server sees it ask for the post.
            try (Chromium browser = Chromium.open(Chromium.window(1280, false), url + "#enter")) {
                assertTrue(server.awaitRequest("/blog/daily_life/2022/10/01/2022_10_plan.html", 30), "Enter opened the post");
            }
        }
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"360, light", "1280, light", "360, dark", "1280, dark"})
    void screenshots(int width, String scheme) throws Exception {
        site.build();
        Path shots = Path.of("target/theme-screenshots").toAbsolutePath();
        Files.createDirectories(shots);
        Path searching = site.output().resolve("search-probe.html");
        Files.writeString(searching, site.read("index.html").replace("</body>", """
                <script>addEventListener('load', function () {
                  var box = document.getElementById('search');
                  box.focus();
                  box.value = 'ㅎㄱ';
                  box.dispatchEvent(new Event('input'));
                });</script></body>"""), StandardCharsets.UTF_8);
        List<String> pages = List.of("index.html", POST, "tags/maven/index.html", "search-probe.html");
        List<String> names = List.of("home", "post", "tag", "search");
        for (int i = 0; i < pages.size(); i++) {
            Path png = shots.resolve(names.get(i) + "-" + width + "-" + scheme + ".png");
            Files.deleteIfExists(png);
            List<String> flags = flags(width, scheme.equals("dark"));
            flags.add("--screenshot=" + png);
            Chromium.run(flags, site.output().resolve(pages.get(i)).toUri().toString());
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(width, image.getWidth(), png + " is as wide as the window");
        }
    }

    /** A copy of {@code page} beside it, ending with the search probe. */
    private static Path probe(Path page) throws Exception {
        Path probe = page.resolveSibling(page.getFileName().toString().replace(".html", "-probe.html"));
        Files.writeString(probe, Files.readString(page, StandardCharsets.UTF_8).replace("</body>", SEARCH_PROBE + "</body>"),
                StandardCharsets.UTF_8);
        return probe;
    }

    /** Runs the search probe at {@code url} and checks what every search gives but the box's links. */
    private static JsonNode search(String url) throws Exception {
        String dom = dom(url);
        Matcher m = PROBE.matcher(dom);
        assertTrue(m.find(), "the probe ran at " + url);
        JsonNode seen = new ObjectMapper().readTree(m.group(1).replace("&quot;", "\"").replace("&gt;", ">")
                .replace("&lt;", "<").replace("&amp;", "&"));
        assertEquals("", seen.path("error").asText(), "the probe's error");
        assertEquals("[\"" + PLAN + "\"]", seen.get("회고").toString(), "a word");
        assertEquals("[\"" + PLAN + "\"]", seen.get("ㅎㄱ").toString(), "initial consonants");
        assertEquals("[\"" + PLAN + "\"]", seen.get("ㅎㄱ 계획").toString(), "initials and a word together");
        assertEquals("[\"Hello from Maven: a blog built like code\"]", seen.get("MAVEN").toString(), "case-blind");
        assertEquals("[]", seen.get("xylophone").toString(), "a word in no post");
        assertEquals("[\"찾는 글이 없습니다\"]", seen.get("missing").toString(), "the box says nothing matched");
        assertEquals("search", seen.get("focused").asText(), "/ focuses the box");
        assertTrue(seen.get("picked").asText().startsWith(PLAN), "ArrowDown picks the first result");
        return seen;
    }

    private static String dom(String url) throws Exception {
        List<String> flags = flags(1280, false);
        flags.add("--dump-dom");
        return Chromium.run(flags, url);
    }

    private static List<String> flags(int width, boolean dark) {
        List<String> flags = new ArrayList<>(Chromium.window(width, dark));
        flags.add("--virtual-time-budget=5000");
        return flags;
    }
}
