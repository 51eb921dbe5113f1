package io.github.blogpublish.model;

import java.nio.file.Path;

/**
 * A Sass file of the site: a {@code .scss} or {@code .sass} file that starts with front matter (Jekyll compiles only
 * those; one without is copied as it is), written as CSS at the same path with {@code .css}.
 *
 * @param source       the file, absolute (in the site or in its theme)
 * @param relativePath below the source folder, with {@code /}
 * @param body         the text after the front matter, Liquid not yet rendered
 * @param bodyLine     the file's line on which the body starts
 */
public record StyleSheet(Path source, String relativePath, String body, int bodyLine) {

    /** Whether it is the indented syntax ({@code .sass}) rather than SCSS. */
    public boolean indented() {
        return relativePath.endsWith(".sass");
    }

    /** Its path in the site: the source's, with {@code .css}. */
    public String outputPath() {
        return relativePath.substring(0, relativePath.lastIndexOf('.')) + ".css";
    }

    /** Its URL: the output path with a leading slash. */
    public String url() {
        return "/" + outputPath();
    }

    /** Whether a path names a Sass source by its extension. */
    public static boolean isSass(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".scss") || lower.endsWith(".sass");
    }
}
