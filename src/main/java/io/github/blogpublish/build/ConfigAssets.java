package io.github.blogpublish.build;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.frontmatter.ConfigFileReader;
import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.output.OutputFile;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The images a theme takes from {@code _config.yml} ({@code logo}, {@code avatar}, {@code favicon}, as minima,
 * Chirpy and minimal-mistakes name them): a path of the site must be a file the build writes, else it is a
 * {@code broken-link} at the setting's line, where the page that shows it would only show a missing image.
 * A URL of another host, or a setting that is not text, is not checked.
 */
final class ConfigAssets {

    /** The settings themes read an image of the site from. */
    static final List<String> KEYS = List.of("logo", "avatar", "favicon");

    private ConfigAssets() {
    }

    static void check(List<OutputFile> files, SiteConfig config, Problems problems) {
        Set<String> written = null;
        for (String key : KEYS) {
            if (!(config.custom().get(key) instanceof String value) || value.isBlank() || isElsewhere(value.strip())) {
                continue;
            }
            if (written == null) {
                written = new HashSet<>();
                for (OutputFile file : files) {
                    written.add(file.path());
                }
            }
            String path = withoutBase(value.strip().replaceFirst("[?#].*$", ""), config.baseurl());
            String file = Permalink.decode(path).orElse(path).replaceFirst("^/+", "");
            if (!written.contains(file.isEmpty() || file.endsWith("/") ? file + "index.html" : file)) {
                problems.report(Rule.BROKEN_LINK, ConfigFileReader.valueOf(config.sourceDirectory().resolve("_config.yml"),
                                key), key + ": " + value.strip() + " names no file of the site",
                        "put the image at that path of the site (say assets/" + key + ".png), or correct the path");
            }
        }
    }

    /** A URL with a scheme or a host of its own, which the build cannot check. */
    private static boolean isElsewhere(String value) {
        return value.startsWith("//") || value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    /** A path as the site's own: without the base URL a theme may have written before it. */
    private static String withoutBase(String path, String baseurl) {
        return !baseurl.isEmpty() && path.startsWith(baseurl + "/") ? path.substring(baseurl.length()) : path;
    }
}
