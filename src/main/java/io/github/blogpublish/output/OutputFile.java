package io.github.blogpublish.output;

import java.nio.file.Path;

/**
 * One file of the written site.
 *
 * @param path    relative to the site folder, with {@code /}, never starting with {@code /}
 * @param content the bytes to write
 * @param origin  the source it was made from, named when two outputs collide
 */
public record OutputFile(String path, byte[] content, Path origin) {
}
