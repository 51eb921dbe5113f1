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
 * @param includes   files below {@code _includes}
 * @param data       {@code .yml}, {@code .yaml} and {@code .json} files below {@code _data}
 * @param schemas    {@code _schemas/*.json}, front matter rules per layout
 * @param documents  {@code .md}, {@code .markdown} and {@code .html} files elsewhere: pages if they have front
 *                   matter, static files otherwise
 * @param statics    every other file, copied as it is
 * @param configFile {@code _config.yml}, when present
 */
public record SourceTree(List<SourceFile> posts, List<SourceFile> drafts, List<SourceFile> layouts,
                         List<SourceFile> includes, List<SourceFile> data, List<SourceFile> schemas,
                         List<SourceFile> documents, List<SourceFile> statics, Optional<SourceFile> configFile) {

    public SourceTree {
        posts = List.copyOf(posts);
        drafts = List.copyOf(drafts);
        layouts = List.copyOf(layouts);
        includes = List.copyOf(includes);
        data = List.copyOf(data);
        schemas = List.copyOf(schemas);
        documents = List.copyOf(documents);
        statics = List.copyOf(statics);
    }
}
