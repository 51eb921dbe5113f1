package io.github.blogpublish.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A Liquid layout: its name, the layout it sits in (from its own front matter), and its template text.
 *
 * @param name         file name without extension ({@code post} for {@code _layouts/post.html})
 * @param parent       the {@code layout:} of the layout's own front matter
 * @param template     Liquid text after the front matter
 * @param source       the file (for a built-in layout, a path naming the resource)
 * @param templateLine the 1-based line of the file where {@code template} starts
 * @param frontMatter  the layout's own front matter, for templates ({@code layout.*})
 * @param builtIn      whether it comes from the plugin's theme rather than the site
 */
public record Layout(
        String name,
        Optional<String> parent,
        String template,
        Path source,
        int templateLine,
        Map<String, Object> frontMatter,
        boolean builtIn) {

    public Layout {
        frontMatter = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frontMatter)); // in source order
    }
}
