package io.github.blogpublish.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A page: any {@code .md}, {@code .markdown} or {@code .html} file outside the {@code _} folders that has
 * front matter ({@code about.md}, {@code 404.html}, {@code docs/index.md}), or a document of a collection
 * ({@code _tabs/about.md}).
 *
 * @param source       the file, absolute
 * @param relativePath below the source folder, with {@code /}
 * @param title        may be empty: pages need no title
 * @param layout       the layout name; empty for none
 * @param url          site-relative, starting with {@code /}, not percent-encoded
 * @param body         the text after the front matter
 * @param bodyLine     the 1-based line of the file where {@code body} starts
 * @param frontMatter  every key as plain JDK values, for templates ({@code page.*})
 * @param markdown     whether the body is Markdown (else HTML)
 * @param liquid       whether the body is rendered with Liquid ({@code render_with_liquid})
 * @param collection   the label of its collection ({@code _tabs/about.md} is {@code tabs}); empty for a page
 * @param output       whether it is written (a document of a collection without {@code output} is not)
 */
public record Page(Path source, String relativePath, String title, Optional<String> layout, String url, String body,
                   int bodyLine, Map<String, Object> frontMatter, boolean markdown, boolean liquid, String collection,
                   boolean output) {

    public Page {
        frontMatter = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frontMatter)); // in source order
    }
}
