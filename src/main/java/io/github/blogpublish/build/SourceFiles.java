package io.github.blogpublish.build;

import io.github.blogpublish.frontmatter.TextDecoder;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reading a source file, bounded in size, with a problem at the file when it cannot be read or decoded. */
final class SourceFiles {

    /** Files larger than this are refused unread: no post is that long, and memory stays bounded. */
    private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private SourceFiles() {
    }

    /** The decoded text of a file, or empty after reporting why it cannot be read. */
    static Optional<String> read(Path file, Problems problems) {
        return readBytes(file, problems).flatMap(bytes -> TextDecoder.decode(file, bytes, problems));
    }

    /** The bytes of a file of at most {@link #MAX_FILE_BYTES}, or empty after reporting why they cannot be read. */
    static Optional<byte[]> readBytes(Path file, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.report(Rule.FILE_UNREADABLE, SourceLocation.of(file),
                        "the file is " + size / (1024 * 1024) + " MB; the limit is "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB", "split it, or move large data out of the blog sources");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.report(Rule.FILE_UNREADABLE, SourceLocation.of(file), "the file cannot be read: " + e.getMessage(),
                    "check that the file exists and is readable");
            return Optional.empty();
        }
    }
}
