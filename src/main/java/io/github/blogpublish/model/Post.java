package io.github.blogpublish.model;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One validated post: what its front matter says, where its body starts, and the URL it will have.
 *
 * @param source       the file, absolute
 * @param relativePath the file relative to the source folder, with {@code /}
 * @param slug         from the file name or {@code slug:}
 * @param title        never blank
 * @param date         in the site's time zone
 * @param categories   lower-level folders first, then front matter, without duplicates
 * @param tags         as written
 * @param layout       the layout name; empty for {@code layout: none}
 * @param url          site-relative, starting with {@code /}, not percent-encoded
 * @param body         the Markdown text after the front matter
 * @param bodyLine     the 1-based line of the file where {@code body} starts
 * @param frontMatter  every key as plain JDK values, for templates ({@code page.*})
 * @param draft        from {@code _drafts} or {@code draft: true}
 * @param published    {@code published:} (true unless set to false)
 */
public record Post(
        Path source,
        String relativePath,
        String slug,
        String title,
        ZonedDateTime date,
        List<String> categories,
        List<String> tags,
        Optional<String> layout,
        String url,
        String body,
        int bodyLine,
        Map<String, Object> frontMatter,
        boolean draft,
        boolean published) {

    public Post {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        frontMatter = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frontMatter)); // in source order
    }

    /** This post with another body (the incremental build keeps posts without theirs). */
    public Post withBody(String newBody) {
        return new Post(source, relativePath, slug, title, date, categories, tags, layout, url, newBody, bodyLine,
                frontMatter, draft, published);
    }
}
