package io.github.blogpublish.build;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.frontmatter.LayoutReader;
import io.github.blogpublish.model.Layout;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.source.PostFileName;
import io.github.blogpublish.source.SourceFile;
import io.github.blogpublish.source.SourceTree;
import io.github.blogpublish.template.LayoutEngine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * The read stage of the theme: the layouts and includes of the site and its themes ({@link Themes}), parsed
 * into one {@link LayoutEngine} on a thread of its own while the posts are checked (Liquid's start-up is slow,
 * and the posts need only the layouts' names).
 */
final class ThemeReader {

    private ThemeReader() {
    }

    /** The layouts posts and pages may name: feed.xml, sitemap.xml and the like are templates of outputs. */
    static Set<String> layoutNames(SourceTree tree) {
        Set<String> names = new TreeSet<>();
        tree.layouts().stream().filter(file -> file.fileName().endsWith(".html"))
                .forEach(file -> names.add(PostFileName.stem(file.fileName())));
        return names;
    }

    /** Starts parsing the layouts and includes; the engine is there when the future completes. */
    static CompletableFuture<LayoutEngine> start(SourceTree tree, SiteConfig config, Problems problems) {
        Path builtIn = config.themes().get(config.themes().size() - 1);
        return CompletableFuture.supplyAsync(() -> new LayoutEngine(layouts(tree, builtIn, problems), includes(tree, problems),
                config.unknownLiquidWarns(), problems), BuildPool::startThread);
    }

    /** Every file of {@code _includes}, by its path below that folder. */
    private static List<LayoutEngine.Include> includes(SourceTree tree, Problems problems) {
        List<LayoutEngine.Include> includes = new ArrayList<>();
        for (SourceFile file : tree.includes()) {
            SourceFiles.read(file.path(), problems).ifPresent(text -> includes.add(
                    new LayoutEngine.Include(file.relativePath().substring("_includes/".length()), file.path(), text)));
        }
        return includes;
    }

    /** @param builtIn the built-in theme's folder, whose layouts are marked as the plugin's own */
    private static Map<String, Layout> layouts(SourceTree tree, Path builtIn, Problems problems) {
        Map<String, Layout> layouts = new LinkedHashMap<>();
        for (SourceFile file : tree.layouts()) {
            String name = PostFileName.stem(file.fileName());
            boolean own = BuiltinTheme.contains(builtIn, file.path());
            SourceFiles.read(file.path(), problems)
                    .flatMap(text -> LayoutReader.read(file.path(), name, text, own, problems))
                    .ifPresent(layout -> layouts.put(name, layout));
        }
        return layouts;
    }
}
