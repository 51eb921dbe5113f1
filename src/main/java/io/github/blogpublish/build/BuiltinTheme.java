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

    /** The built-in layout names. */
    static final List<String> LAYOUTS = List.of("default", "home", "page", "post");

    private static final String ROOT = "/io/github/blogpublish/theme/_layouts/";

    private BuiltinTheme() {
    }

    static Map<String, Layout> layouts(Problems problems) {
        Map<String, Layout> layouts = new LinkedHashMap<>();
        for (String name : LAYOUTS) {
            String resource = ROOT + name + ".html";
            try (InputStream in = BuiltinTheme.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in layout missing from the plugin jar: " + resource);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                LayoutReader.read(Path.of("(built-in theme)", "_layouts", name + ".html"), name, text, true, problems)
                        .ifPresent(layout -> layouts.put(name, layout));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return layouts;
    }
}
