package io.github.blogpublish.build;

import io.github.blogpublish.frontmatter.LayoutReader;
import io.github.blogpublish.model.Layout;
import io.github.blogpublish.problem.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plugin's own layouts, used wherever the site has no file of the same name in {@code _layouts}. */
final class BuiltinTheme {

    /** The built-in layouts by name, with their file names. */
    static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("default", "default.html"), Map.entry("home", "home.html"), Map.entry("page", "page.html"),
            Map.entry("post", "post.html"), Map.entry("archive", "archive.html"), Map.entry("404", "404.html"),
            Map.entry("feed", "feed.xml"), Map.entry("sitemap", "sitemap.xml"), Map.entry("search", "search.json"),
            Map.entry("robots", "robots.txt"));

    /** The built-in layout names, sorted. */
    static final List<String> LAYOUTS = FILES.keySet().stream().sorted().toList();

    /** The built-in layouts a post or page may name: the HTML ones. */
    static final List<String> PAGE_LAYOUTS = LAYOUTS.stream().filter(n -> FILES.get(n).endsWith(".html")).toList();

    private static final String ROOT = "/io/github/blogpublish/theme/_layouts/";

    private BuiltinTheme() {
    }

    static Map<String, Layout> layouts(Problems problems) {
        Map<String, Layout> layouts = new LinkedHashMap<>();
        for (String name : LAYOUTS) {
            String resource = ROOT + FILES.get(name);
            try (InputStream in = BuiltinTheme.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in layout missing from the plugin jar: " + resource);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                LayoutReader.read(Path.of("(built-in theme)", "_layouts", FILES.get(name)), name, text, true, problems)
                        .ifPresent(layout -> layouts.put(name, layout));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return layouts;
    }
}
