package io.github.blogpublish.build;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.source.SourceScanner;
import io.github.blogpublish.source.SourceTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The scan of a theme folder ({@code blog.themeDirectory}), merged under the site's files: the theme's layouts,
 * includes and assets stand where the site has none of the same name, as Jekyll merges a gem theme.
 */
final class ThemeFolder {

    private ThemeFolder() {
    }

    static SourceTree underSite(SourceTree site, SiteConfig config, Problems problems) throws IOException {
        if (config.themeDirectory().isEmpty()) {
            return site;
        }
        Path folder = config.themeDirectory().get();
        if (!Files.isDirectory(folder)) {
            problems.report(Rule.THEME_FOLDER, SourceLocation.of(folder), "the theme folder does not exist",
                    "set blog.themeDirectory to an unpacked theme: a folder holding _layouts, _includes and assets");
            return site;
        }
        // Scanned as a source folder of its own; the site's output folder is nowhere inside it.
        SiteConfig theme = config.toBuilder().sourceDirectory(folder).build();
        return site.withTheme(new SourceScanner(theme).scan(problems));
    }
}
