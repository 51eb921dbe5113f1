package io.github.blogpublish.output;

import io.github.blogpublish.template.Hashes;

import java.nio.file.Path;

/**
 * One file of the written site: bytes made by the build, a source file copied as it is, or a page the site folder
 * already holds as the last build wrote it (kept: known by its checksum, never read).
 *
 * @param path     relative to the site folder, with {@code /}, never starting with {@code /}
 * @param content  the bytes to write; null for a copy of {@code origin} or a kept page
 * @param origin   the source it was made from (for a copy, the file to copy), named when two outputs collide
 * @param checksum {@link Hashes#checksum} of the bytes when known (always for a kept page), else null
 */
public record OutputFile(String path, byte[] content, Path origin, String checksum) {

    /** A file of these bytes. */
    public OutputFile(String path, byte[] content, Path origin) {
        this(path, content, origin, null);
    }

    /** A source file copied into the site unchanged. */
    public static OutputFile copy(String path, Path origin) {
        return new OutputFile(path, null, origin, null);
    }

    /** A page that the site folder holds at {@code path} with these very bytes, written by the last build. */
    public static OutputFile kept(String path, String checksum, Path origin) {
        return new OutputFile(path, null, origin, checksum);
    }

    public boolean isCopy() {
        return content == null && checksum == null;
    }

    public boolean isKept() {
        return content == null && checksum != null;
    }

    /** This file with its checksum, computed now if it has bytes and none yet. */
    public OutputFile withChecksum() {
        return content == null || checksum != null ? this : new OutputFile(path, content, origin, Hashes.checksum(content));
    }
}
