package io.github.blogpublish.build;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.frontmatter.ConfigFileReader;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.source.SourceScanner;
import io.github.blogpublish.source.SourceTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The site's themes, each a folder of {@code _layouts}, {@code _includes}, {@code _sass}, {@code _data} and
 * {@code assets} merged under the site's own files as Jekyll merges a gem theme: first the theme the site asks for
 * ({@code blog.themeDirectory}, else {@code <theme>} of the POM, else {@code theme:} of {@code _config.yml}, a name
 * or Maven coordinates that the build's {@link SiteBuilder.ThemeResolver} turns into a folder), then the built-in
 * theme, whose layouts stand where neither has one.
 */
final class Themes {

    private Themes() {
    }

    /**
     * The theme folders, the asked-for one first, and the scan of the site with theirs under it.
     *
     * @param config   the settings, {@code _config.yml} read
     * @param unpacked where themes taken out of jars go ({@code target/blog-themes})
     */
    record Chain(SourceTree tree, List<Path> folders) {
    }

    static Chain underSite(SourceTree site, SiteConfig config, SiteBuilder.ThemeResolver resolver, Path unpacked,
                           Problems problems) throws IOException {
        List<Path> folders = new ArrayList<>();
        asked(config, resolver, problems).ifPresent(folders::add);
        folders.add(BuiltinTheme.folder(unpacked));
        SourceTree tree = site;
        for (Path folder : folders) {
            // Scanned as a source folder of its own; the site's output folder is nowhere inside it.
            tree = tree.withTheme(new SourceScanner(config.toBuilder().sourceDirectory(folder).build()).scan(problems));
        }
        return new Chain(tree, List.copyOf(folders));
    }

    private static Optional<Path> asked(SiteConfig config, SiteBuilder.ThemeResolver resolver, Problems problems) {
        if (config.themeDirectory().isPresent()) {
            Path folder = config.themeDirectory().get();
            if (Files.isDirectory(folder)) {
                return Optional.of(folder);
            }
            problems.report(Rule.THEME_FOLDER, SourceLocation.of(folder), "the theme folder does not exist",
                    "set blog.themeDirectory to an unpacked theme: a folder holding _layouts, _includes and assets");
            return Optional.empty();
        }
        Optional<String> theme = config.theme();
        if (theme.isEmpty()) {
            Object written = config.custom().get("theme");
            if (written != null && !(written instanceof String)) {
                problems.report(Rule.THEME_NOT_FOUND, where(config), "theme: must name one theme, not "
                        + (written instanceof List<?> ? "a list" : "a " + written.getClass().getSimpleName()),
                        "write theme: minima, or theme: groupId:artifactId:version for a theme jar");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(resolver.folder(theme.get()));
        } catch (IOException e) {
            problems.report(Rule.THEME_NOT_FOUND, where(config), "theme " + theme.get() + " cannot be used: "
                    + e.getMessage(), Rule.THEME_NOT_FOUND.fix());
            return Optional.empty();
        }
    }

    /** The {@code theme:} line of {@code _config.yml}, or the POM when the theme is the POM's. */
    private static SourceLocation where(SiteConfig config) {
        Path file = config.sourceDirectory().resolve("_config.yml");
        return config.custom().containsKey("theme") && !pomTheme(config) ? ConfigFileReader.valueOf(file, "theme")
                : SourceLocation.of(config.baseDirectory().resolve("pom.xml"));
    }

    /** Whether the theme named is the POM's rather than {@code _config.yml}'s. */
    private static boolean pomTheme(SiteConfig config) {
        return config.theme().isPresent() && !config.theme().get().equals(
                String.valueOf(config.custom().get("theme")).strip());
    }
}
