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

    /**
     * This site's files with a theme's under them, as Jekyll merges a gem theme: the theme's layouts, includes and
     * data files where the site has none of that name, and its {@code assets/} files where the site has none at that
     * path.
     * A theme's Sass sheets in {@code assets/} (minima's {@code assets/main.scss}) are compiled as the site's are;
     * its {@code _sass} folder is a load path, not a part of the site.
     */
    public SourceTree withTheme(SourceTree theme) {
        java.util.Set<String> own = new java.util.HashSet<>();
        java.util.stream.Stream.of(includes, data, documents, statics).flatMap(List::stream)
                .forEach(file -> own.add(file.relativePath()));
        // A layout is known by its name: the site's _layouts/feed.html stands for the theme's feed.xml.
        layouts.forEach(file -> own.add("_layouts/" + PostFileName.stem(file.fileName())));
        theme.layouts().stream().filter(file -> own.contains("_layouts/" + PostFileName.stem(file.fileName())))
                .forEach(file -> own.add(file.relativePath()));
        java.util.function.Function<List<SourceFile>, List<SourceFile>> missing = files -> files.stream()
                .filter(file -> !own.contains(file.relativePath())).toList();
        java.util.function.Predicate<SourceFile> asset = file -> file.relativePath().startsWith("assets/");
        return new SourceTree(posts, drafts, merged(layouts, missing.apply(theme.layouts())),
                merged(includes, missing.apply(theme.includes())), merged(data, missing.apply(theme.data())), schemas,
                merged(documents, missing.apply(theme.documents()).stream().filter(asset).toList()),
                merged(statics, missing.apply(theme.statics()).stream().filter(asset).toList()), configFile);
    }

    private static List<SourceFile> merged(List<SourceFile> site, List<SourceFile> theme) {
        List<SourceFile> all = new java.util.ArrayList<>(site);
        all.addAll(theme);
        all.sort(java.util.Comparator.comparing(SourceFile::relativePath));
        return all;
    }
}
