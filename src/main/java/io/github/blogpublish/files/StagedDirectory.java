package io.github.blogpublish.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A folder that is filled next to its final place and then swapped in: {@code target/blog} is written
 * as {@code target/blog.staging}, and only a complete staging folder replaces it. If anything fails
 * before {@link #commit()}, the previous folder is untouched.
 */
public final class StagedDirectory {

    private final Path target;
    private final Path staging;
    private final Path previous;

    private StagedDirectory(Path target) {
        this.target = target.toAbsolutePath().normalize();
        String name = this.target.getFileName().toString();
        this.staging = this.target.resolveSibling(name + ".staging");
        this.previous = this.target.resolveSibling(name + ".previous");
    }

    /** Starts a fresh, empty staging folder for {@code target}, removing what an interrupted run left. */
    public static StagedDirectory begin(Path target) throws IOException {
        StagedDirectory staged = new StagedDirectory(target);
        deleteTree(staged.staging);
        deleteTree(staged.previous);
        Files.createDirectories(staged.staging);
        return staged;
    }

    /**
     * Why replacing {@code target} whole could destroy what is not an earlier output of this plugin: it holds
     * the project or its sources, lies inside the sources, is a file, or already holds files but no
     * {@code index.html} (every site this plugin writes has one). Empty when it is safe to replace.
     */
    public static java.util.Optional<String> whyNotReplace(Path target, Path projectDirectory, Path sourceDirectory)
            throws IOException {
        Path to = target.toAbsolutePath().normalize();
        Path project = projectDirectory.toAbsolutePath().normalize();
        Path sources = sourceDirectory.toAbsolutePath().normalize();
        String reason = null;
        if (project.startsWith(to) || sources.startsWith(to)) {
            reason = "it contains the project or its sources, which would be deleted";
        } else if (to.startsWith(sources)) {
            reason = "it lies inside the blog sources";
        } else if (Files.exists(to) && !Files.isDirectory(to)) {
            reason = "it is a file, not a folder";
        } else if (Files.isDirectory(to) && !Files.exists(to.resolve("index.html")) && !isEmpty(to)) {
            reason = "it already holds files and no index.html, so it is not a site this plugin wrote";
        }
        return java.util.Optional.ofNullable(reason);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The folder to fill. */
    public Path path() {
        return staging;
    }

    /**
     * Resolves a relative path inside the staging folder.
     *
     * @throws IllegalArgumentException when the path would leave it
     */
    public Path resolve(String relative) {
        Path resolved = staging.resolve(relative).normalize();
        if (!resolved.startsWith(staging) || resolved.equals(staging)) {
            throw new IllegalArgumentException("refusing to write outside the site folder: " + relative);
        }
        return resolved;
    }

    /** Swaps the staging folder into place with renames; the old folder is removed afterwards. */
    public void commit() throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(target, previous);
        }
        move(staging, target);
        deleteTree(previous);
    }

    /** Removes the staging folder after a failure; the target is left as it was. */
    public void abandon() throws IOException {
        deleteTree(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a file or folder tree; links are removed, never followed. Missing paths are fine. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
