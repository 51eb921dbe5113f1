package io.github.blogpublish.source;

import java.nio.file.Path;
import java.util.List;

/**
 * A file found in the source folder.
 *
 * @param path         absolute path
 * @param relativePath path below the source folder with {@code /} separators, e.g. {@code _posts/a.md}
 * @param categories   for posts, the folders between the source folder and {@code _posts} (Jekyll's
 *                     folder categories); empty otherwise
 * @param found        for posts and drafts, the file's size, time and identity as the scan found them (not
 *                     following a link); null otherwise
 */
public record SourceFile(Path path, String relativePath, List<String> categories,
                         java.nio.file.attribute.BasicFileAttributes found) {

    public SourceFile {
        categories = List.copyOf(categories);
    }

    public SourceFile(Path path, String relativePath, List<String> categories) {
        this(path, relativePath, categories, null);
    }

    /** The file name with its extension. */
    public String fileName() {
        return path.getFileName().toString();
    }
}
