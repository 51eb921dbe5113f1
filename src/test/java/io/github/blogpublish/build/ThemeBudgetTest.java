package io.github.blogpublish.build;

import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in theme's budgets, read from every written page as a browser would read it (validator.nu's HTML5
 * parser): under 30 KB of CSS and JavaScript a page, inline and linked, uncompressed; and nothing loaded from
 * another host (no script, style sheet, font, picture or frame) unless {@code _config.yml} asks for it, as it does
 * for comments.
 */
class ThemeBudgetTest {

    static final int BUDGET = 30 * 1024;

    /** Links that make a browser fetch something; the others (alternate, canonical, me, next, ...) only name a page. */
    private static final Set<String> FETCHING_LINKS = Set.of("stylesheet", "icon", "shortcut", "apple-touch-icon",
            "preload", "prefetch", "modulepreload", "manifest", "preconnect", "dns-prefetch");
    private static final Map<String, List<String>> FETCHING_ATTRIBUTES = Map.of("script", List.of("src"),
            "img", List.of("src", "srcset"), "source", List.of("src", "srcset"), "iframe", List.of("src"),
            "video", List.of("src", "poster"), "audio", List.of("src"), "embed", List.of("src"),
            "object", List.of("data"), "track", List.of("src"), "input", List.of("src"));
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")\\s]+)|@import\\s+['\"]([^'\"]+)");
    private static final Pattern OTHER_HOST = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//");

    @TempDir
    Path dir;

    @Test
    void everyPageStaysUnderThirtyKilobytesOfCssAndJs() throws Exception {
        TestSite example = TestSite.example(dir.resolve("example"));
        example.file("_config.yml", Files.readString(example.source().resolve("_config.yml")) + "baseurl: /blog\n").build();
        TestSite blog = BuiltInThemeTest.blog(dir.resolve("blog"));
        blog.build();
        Map<String, Integer> weights = new TreeMap<>();
        for (TestSite site : List.of(example, blog)) {
            String base = site == example ? "/blog" : "";
            for (Path page : pages(site.output())) {
                weights.put(site.output().relativize(page).toString(), weight(site.output(), base, page));
            }
        }
        int heaviest = weights.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        System.out.printf("theme budget: at most %,d bytes of CSS and JS on a page (of %,d), %d pages%n", heaviest,
                BUDGET, weights.size());
        assertTrue(heaviest > 5_000, "the theme's own style sheet and script were counted: " + weights);
        weights.forEach((page, bytes) -> assertTrue(bytes < BUDGET, page + " has " + bytes + " bytes of CSS and JS"));
    }

    @Test
    void nothingLoadsFromAnotherHostUnlessConfigured() throws Exception {
        TestSite blog = BuiltInThemeTest.blog(dir);
        blog.build();
        assertEquals(Map.of(), otherHosts(blog.output()));

        blog.file("_config.yml", Files.readString(blog.source().resolve("_config.yml"))
                + "comments:\n  provider: utterances\n  utterances:\n    repo: gildong/blog\n");
        blog.build();
        Map<String, List<String>> loads = otherHosts(blog.output());
        assertEquals(Set.of("2023/12/25/old.html", "2024/02/01/english.html", "개발/2024/03/01/long.html"), loads.keySet(),
                "comments under each post, and nowhere else");
        loads.values().forEach(urls -> assertEquals(List.of("https://utteranc.es/client.js"), urls));
    }

    @Test
    void theExampleBlogLoadsNothingFromAnotherHost() throws Exception {
        TestSite example = TestSite.example(dir);
        example.build();
        assertEquals(Map.of(), otherHosts(example.output()));
    }

    @Test
    void jekyllNewsLoadsNothingFromAnotherHost() throws Exception {
        TestSite news = JekyllNewsBuildTest.jekyllNews(dir);
        new SiteBuilder(news.config().brokenLinksWarn(true).build()).build();
        assertEquals(Map.of(), otherHosts(news.output()));
    }

    private static List<Path> pages(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The bytes of CSS and JavaScript {@code page} brings: its inline scripts and styles, and the files it links. */
    private static int weight(Path site, String base, Path page) throws Exception {
        Document html = parse(page);
        int bytes = 0;
        for (String tag : List.of("script", "style")) {
            NodeList elements = html.getElementsByTagName(tag);
            for (int i = 0; i < elements.getLength(); i++) {
                Element e = (Element) elements.item(i);
                bytes += e.getTextContent().getBytes(StandardCharsets.UTF_8).length;
                if (tag.equals("script") && e.hasAttribute("src")) {
                    bytes += linked(site, base, page, e.getAttribute("src"));
                }
            }
        }
        NodeList links = html.getElementsByTagName("link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (Set.of(link.getAttribute("rel").toLowerCase().split("\\s+")).contains("stylesheet")) {
                bytes += linked(site, base, page, link.getAttribute("href"));
            }
        }
        return bytes;
    }

    /** The size of the site's file at {@code url}, as linked from {@code page}; a link to elsewhere fails. */
    private static long linked(Path site, String base, Path page, String url) throws Exception {
        Path file;
        if (url.startsWith("/") && !url.startsWith("//")) {
            assertTrue(url.startsWith(base + "/"), url + " is under the base URL " + base);
            file = site.resolve(url.substring(base.length() + 1));
        } else {
            assertTrue(!OTHER_HOST.matcher(url).find(), page + " links " + url);
            file = page.resolveSibling(url).normalize();
        }
        assertTrue(Files.isRegularFile(file), page + " links " + url + ", which the site has");
        return Files.size(file);
    }

    /** What each page (by its path in the site) fetches from another host: scripts, styles, pictures, frames. */
    private static Map<String, List<String>> otherHosts(Path site) throws Exception {
        Map<String, List<String>> found = new TreeMap<>();
        for (Path page : pages(site)) {
            List<String> urls = new ArrayList<>();
            Document html = parse(page);
            NodeList all = html.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                String tag = e.getLocalName();
                if (tag.equals("link") && FETCHING_LINKS.stream().anyMatch(
                        rel -> Set.of(e.getAttribute("rel").toLowerCase().split("\\s+")).contains(rel))) {
                    urls.add(e.getAttribute("href"));
                }
                for (String attribute : FETCHING_ATTRIBUTES.getOrDefault(tag, List.of())) {
                    for (String candidate : e.getAttribute(attribute).split(",")) {
                        urls.add(candidate.strip().split("\\s+")[0]);
                    }
                }
                urls.addAll(cssUrls(e.getAttribute("style")));
                if (tag.equals("style")) {
                    urls.addAll(cssUrls(e.getTextContent()));
                }
            }
            List<String> elsewhere = urls.stream().filter(url -> OTHER_HOST.matcher(url).find()).toList();
            if (!elsewhere.isEmpty()) {
                found.put(site.relativize(page).toString(), elsewhere);
            }
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path css : files.filter(p -> p.toString().endsWith(".css")).toList()) {
                List<String> elsewhere = cssUrls(Files.readString(css)).stream()
                        .filter(url -> OTHER_HOST.matcher(url).find()).toList();
                if (!elsewhere.isEmpty()) {
                    found.put(site.relativize(css).toString(), elsewhere);
                }
            }
        }
        return found;
    }

    private static List<String> cssUrls(String css) {
        List<String> urls = new ArrayList<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            urls.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return urls;
    }

    private static Document parse(Path page) throws Exception {
        return new HtmlDocumentBuilder(XmlViolationPolicy.ALLOW).parse(new InputSource(page.toUri().toString()));
    }
}
