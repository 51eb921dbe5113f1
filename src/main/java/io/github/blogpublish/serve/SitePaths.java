package io.github.blogpublish.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a requested path to a file of the site, as a static web server would, and refuses everything that
 * could leave the site folder: {@code ..} (plain or percent-encoded), backslashes, NUL, paths outside the
 * base URL, and links that point out of the folder.
 */
final class SitePaths {

    private SitePaths() {
    }

    /**
     * @param site    the site folder
     * @param rawPath the request path, still percent-encoded
     * @param baseurl the site's base URL ({@code ""} or {@code /blog})
     * @return the file to serve, or empty for "not found"
     */
    static Optional<Path> resolve(Path site, String rawPath, String baseurl) throws IOException {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (rawPath.contains("\\") || lower.contains("%5c") || lower.contains("%00") || lower.contains("%2e%2e")
                || lower.contains("%2f")) {
            return Optional.empty();
        }
        String path;
        try {
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!baseurl.isEmpty()) {
            if (!path.equals(baseurl) && !path.startsWith(baseurl + "/")) {
                return Optional.empty();
            }
            path = path.substring(baseurl.length());
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.indexOf('\0') >= 0) {
                return Optional.empty();
            }
        }
        Path root = site.toAbsolutePath().normalize();
        Path file = root.resolve(path.replaceAll("^/+", "")).normalize();
        if (!file.startsWith(root)) {
            return Optional.empty();
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        } else if (!Files.exists(file) && !path.endsWith("/") && Files.isRegularFile(file.resolveSibling(file.getFileName() + ".html"))) {
            file = file.resolveSibling(file.getFileName() + ".html");
        }
        if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
            return Optional.empty();
        }
        return Optional.of(file);
    }
}
