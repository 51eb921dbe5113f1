package io.github.blogpublish.output;

import java.nio.file.Path;

/**
 * One file of the written site: bytes made by the build, or a source file copied as it is.
 *
 * @param path    relative to the site folder, with {@code /}, never starting with {@code /}
 * @param content the bytes to write; null for a copy of {@code origin}
 * @param origin  the source it was made from (for a copy, the file to copy), named when two outputs collide
 */
public record OutputFile(String path, byte[] content, Path origin) {

    /** A source file copied into the site unchanged. */
    public static OutputFile copy(String path, Path origin) {
        return new OutputFile(path, null, origin);
    }

    public boolean isCopy() {
        return content == null;
    }
}
