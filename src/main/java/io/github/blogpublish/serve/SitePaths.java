package io.github.blogpublish.serve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a requested path to a file of the built site, as a static web server would ({@code /a/} is
 * {@code a/index.html}, {@code /a} is {@code a.html} or {@code a/index.html}). Only files the build made can
 * be named, and requests with {@code ..} (plain or percent-encoded), backslashes, NUL or outside the base URL
 * are refused before any lookup.
 */
final class SitePaths {

    private SitePaths() {
    }

    /**
     * @param paths   the site's files, relative, with {@code /}
     * @param rawPath the request path, still percent-encoded
     * @param baseurl the site's base URL ({@code ""} or {@code /blog})
     * @return the file's path in the site, or empty for "not found"
     */
    static Optional<String> resolve(Set<String> paths, String rawPath, String baseurl) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (rawPath.contains("\\") || lower.contains("%5c") || lower.contains("%00") || lower.contains("%2e%2e")
                || lower.contains("%2f")) {
            return Optional.empty();
        }
        Optional<String> decoded = io.github.blogpublish.model.Permalink.decode(rawPath);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String path = decoded.get();
        if (!baseurl.isEmpty()) {
            if (!path.equals(baseurl) && !path.startsWith(baseurl + "/")) {
                return Optional.empty();
            }
            path = path.substring(baseurl.length());
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".") || segment.indexOf('\0') >= 0) {
                return Optional.empty();
            }
        }
        String relative = path.replaceAll("^/+", "");
        List<String> candidates = relative.isEmpty() || relative.endsWith("/")
                ? List.of(relative + "index.html")
                : List.of(relative, relative + ".html", relative + "/index.html");
        return candidates.stream().filter(paths::contains).findFirst();
    }
}
