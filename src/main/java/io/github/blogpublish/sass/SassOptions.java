package io.github.blogpublish.sass;

import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code sass:} settings of {@code _config.yml}, read as Jekyll's {@code jekyll-sass-converter} reads them with
 * Dart Sass: {@code style} ({@code expanded}, the default, or {@code compressed}), {@code sass_dir} (default
 * {@code _sass}), {@code load_paths}, {@code quiet_deps}, {@code silence_deprecations} and {@code verbose}. The load
 * paths are the user's, then the Sass folder (each inside the source folder), then the themes' {@code _sass}.
 *
 * @param compressed           whether {@code style: compressed}
 * @param loadPaths            where {@code @use} and {@code @import} look, in order (existing folders only)
 * @param quietDeps            whether warnings from files loaded through the load paths are left out
 * @param silenceDeprecations  Dart Sass deprecation ids not to warn about ({@code import}, {@code global-builtin}, ...)
 * @param verbose              whether every deprecation warning is shown, not only the first few of each kind
 */
public record SassOptions(boolean compressed, List<Path> loadPaths, boolean quietDeps, List<String> silenceDeprecations,
                          boolean verbose) {

    public SassOptions {
        loadPaths = List.copyOf(loadPaths);
        silenceDeprecations = List.copyOf(silenceDeprecations);
    }

    /**
     * The settings of {@code sass:} in {@code _config.yml}.
     *
     * @param settings   the {@code sass:} value; null when there is none
     * @param source     the source folder
     * @param themes     the theme folders, whose {@code _sass} folders come last, in their order
     * @param configFile {@code _config.yml}, where problems are reported
     */
    public static SassOptions of(Object settings, Path source, List<Path> themes, Path configFile,
                                 Problems problems) {
        Map<?, ?> sass = settings instanceof Map<?, ?> map ? map : Map.of();
        if (settings != null && !(settings instanceof Map<?, ?>)) {
            problems.report(Rule.CONFIG_TYPE, SourceLocation.of(configFile), "sass: must be a map of settings",
                    "write sass: with settings below it, such as   style: compressed");
        }
        String style = String.valueOf(sass.containsKey("style") ? sass.get("style") : "expanded").replaceFirst("^:", "");
        if (!style.equals("expanded") && !style.equals("compressed")) {
            problems.report(Rule.SASS_WARNING, SourceLocation.of(configFile), "sass: style: " + style
                            + " is not a style of Dart Sass; the CSS is written expanded, as Jekyll does",
                    "write style: expanded or style: compressed");
            style = "expanded";
        }
        List<Path> paths = new ArrayList<>();
        for (Object path : list(sass.get("load_paths"))) {
            inside(source, String.valueOf(path), "load_paths", configFile, problems).ifPresent(paths::add);
        }
        inside(source, String.valueOf(sass.containsKey("sass_dir") ? sass.get("sass_dir") : "_sass"), "sass_dir",
                configFile, problems).ifPresent(paths::add);
        themes.forEach(folder -> paths.add(folder.resolve("_sass")));
        List<Path> existing = paths.stream().filter(Files::isDirectory).distinct().toList();
        List<String> silenced = list(sass.get("silence_deprecations")).stream().map(String::valueOf).toList();
        return new SassOptions(style.equals("compressed"), existing, Boolean.TRUE.equals(sass.get("quiet_deps")),
                silenced, Boolean.TRUE.equals(sass.get("verbose")));
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : value instanceof List<?> list ? list : List.of(value);
    }

    /** A folder below the source folder, as Jekyll keeps every Sass path in the site. */
    private static Optional<Path> inside(Path source, String path, String key, Path configFile, Problems problems) {
        Path resolved = source.resolve(path).normalize();
        if (!resolved.startsWith(source.normalize())) {
            problems.report(Rule.CONFIG_TYPE, SourceLocation.of(configFile), "sass: " + key + ": " + path
                            + " leads out of the source folder; Jekyll keeps Sass paths inside the site",
                    "name a folder of the site, such as _sass");
            return Optional.empty();
        }
        return Optional.of(resolved);
    }
}
