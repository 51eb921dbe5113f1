package io.github.blogpublish.build;

import io.github.blogpublish.files.JarFolder;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The plugin's own theme: a theme like any other ({@code _layouts}, {@code _includes}, {@code assets} in the
 * plugin's jar below {@code io/github/blogpublish/theme/}), taken out of the jar the way a theme artifact is and
 * read the way a theme folder is. It is always the last theme of a site, so its layouts stand wherever the site
 * and its chosen theme have none of the name: the home, post, page and tag pages of a site without a theme, and
 * the feed, sitemap, search index and {@code robots.txt} of every site.
 */
final class BuiltinTheme {

    /** Where the theme lies among the plugin's resources. */
    static final String ROOT = "io/github/blogpublish/theme/";

    private BuiltinTheme() {
    }

    /**
     * The theme's folder: in the plugin's classes folder when it is one (the tests'), else unpacked from the
     * plugin's jar into {@code unpackInto}.
     */
    static Path folder(Path unpackInto) throws IOException {
        URL root = BuiltinTheme.class.getResource("/" + ROOT + "_layouts/default.html");
        if (root == null) {
            throw new IllegalStateException("the built-in theme is missing from the plugin: " + ROOT);
        }
        try {
            if (root.getProtocol().equals("file")) {
                return Path.of(root.toURI()).getParent().getParent();
            }
            if (root.getProtocol().equals("jar")) {
                String jar = root.toString().substring("jar:".length(), root.toString().indexOf("!/"));
                return JarFolder.unpack(Path.of(new URI(jar)), ROOT, unpackInto.resolve("built-in"));
            }
        } catch (URISyntaxException e) {
            throw new IOException("the plugin's jar cannot be found from " + root, e);
        }
        throw new IllegalStateException("the built-in theme cannot be read from " + root);
    }

    /** Whether a file belongs to the built-in theme, given its folder. */
    static boolean contains(Path folder, Path file) {
        return file.startsWith(folder) && Files.exists(folder.resolve("_layouts/default.html"));
    }
}
