package io.github.blogpublish.source;

import java.util.List;
import java.util.Optional;

/**
 * Everything the scanner found, each list sorted by relative path so every later stage sees the same
 * order on every machine.
 *
 * @param posts      Markdown files below a {@code _posts} folder
 * @param drafts     Markdown files below {@code _drafts}
 * @param layouts    {@code _layouts/*.html}
 * @param schemas    {@code _schemas/*.json}, front matter rules per layout
 * @param configFile {@code _config.yml}, when present
 */
public record SourceTree(List<SourceFile> posts, List<SourceFile> drafts, List<SourceFile> layouts,
                         List<SourceFile> schemas, Optional<SourceFile> configFile) {

    public SourceTree {
        posts = List.copyOf(posts);
        drafts = List.copyOf(drafts);
        layouts = List.copyOf(layouts);
        schemas = List.copyOf(schemas);
    }
}
