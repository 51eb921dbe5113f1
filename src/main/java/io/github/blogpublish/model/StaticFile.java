package io.github.blogpublish.model;

import java.nio.file.Path;

/**
 * A file copied into the site as it is (images, CSS, a {@code .html} file without front matter).
 *
 * @param source       the file, absolute
 * @param relativePath below the source folder, with {@code /}; also its path in the site
 */
public record StaticFile(Path source, String relativePath) {

    /** Its URL: the path with a leading slash, not percent-encoded. */
    public String url() {
        return "/" + relativePath;
    }
}
