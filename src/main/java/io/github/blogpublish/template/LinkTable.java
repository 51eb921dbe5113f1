package io.github.blogpublish.template;

import java.util.Map;
import java.util.Optional;

/**
 * What {@code {% post_url %}} and {@code {% link %}} resolve: posts by the name of their file without date
 * extension ({@code 2010-07-21-name}, also with a folder below {@code _posts}), and every page, post and
 * static file by its path below the source folder. URLs are site-relative and not percent-encoded.
 *
 * @param posts posts by file name without extension
 * @param files every output by source path
 */
public record LinkTable(Map<String, String> posts, Map<String, String> files) {

    public static final LinkTable EMPTY = new LinkTable(Map.of(), Map.of());

    public LinkTable {
        posts = Map.copyOf(posts);
        files = Map.copyOf(files);
    }

    Optional<String> post(String name) {
        String key = name.strip().replaceAll("\\.(md|markdown)$", "");
        return Optional.ofNullable(posts.get(key));
    }

    Optional<String> file(String path) {
        return Optional.ofNullable(files.get(path.strip().replaceAll("^/+", "")));
    }
}
