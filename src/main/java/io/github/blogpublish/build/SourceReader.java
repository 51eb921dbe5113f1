package io.github.blogpublish.build;

import io.github.blogpublish.problem.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a file by its path below the source folder, for {@code include_relative}, and nothing else: a path
 * that leaves the folder (by {@code ..} or through a link), a folder, a file over the size limit or one that
 * is not text gives nothing.
 */
final class SourceReader implements Function<String, Optional<String>> {

    private final Path root;

    SourceReader(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<String> apply(String relative) {
        Path file;
        try {
            file = root.resolve(relative).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty(); // a NUL or the like: no file has that name
        }
        try {
            if (!file.startsWith(root) || !Files.isRegularFile(file)
                    || !file.toRealPath().startsWith(root.toRealPath())) {
                return Optional.empty();
            }
            return SourceFiles.read(file, new Problems());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
