package io.github.blogpublish.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
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
 *
 * <p>A re-run that changes few files can instead stage only those and {@link #commitChanges commit them in
 * place}: each replaced or deleted file is first moved aside into {@code target/blog.previous}, under a journal
 * ({@code target/blog.journal}) written before the first move and removed after the last. A run killed in
 * between leaves the journal, and the next {@link #begin} puts every moved file back: the folder is again the
 * old site, whole.
 */
public final class StagedDirectory {

    private final Path target;
    private final Path staging;
    private final Path previous;
    private final Path journal;
    private boolean undone;

    private StagedDirectory(Path target) {
        this.target = target.toAbsolutePath().normalize();
        String name = this.target.getFileName().toString();
        this.staging = this.target.resolveSibling(name + ".staging");
        this.previous = this.target.resolveSibling(name + ".previous");
        this.journal = this.target.resolveSibling(name + ".journal");
    }

    /**
     * Starts a fresh, empty staging folder for {@code target}, removing what an interrupted run left; an
     * in-place commit that was interrupted is undone first.
     */
    public static StagedDirectory begin(Path target) throws IOException {
        StagedDirectory staged = new StagedDirectory(target);
        staged.undone = staged.rollBack();
        if (!Files.exists(staged.target, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(staged.previous)) {
            move(staged.previous, staged.target); // a swap that stopped between its two renames
        }
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
        } else if (to.startsWith(sources) && !(to.startsWith(project.resolve("target"))
                && !sources.startsWith(project.resolve("target")))) {
            // A Jekyll-shaped project has its sources in the project folder; its target/ is left out of the scan,
            // as Jekyll leaves out _site, so a site there is not among the sources.
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

    /**
     * What the target folder holds now: every entry that is not a folder (files, and links, which are never
     * followed) by its path relative to the folder with {@code /}, with its attributes; and every folder below it.
     *
     * @param files   entries that are not folders
     * @param folders folders below the target, not the target itself
     */
    public record Contents(java.util.Map<String, BasicFileAttributes> files, java.util.Set<String> folders) {
    }

    /**
     * Lists the target folder (empty when there is none), its folders side by side: a site has a folder per post
     * date, and listing twelve thousand folders one after another takes a while.
     */
    public Contents contents() throws IOException {
        return contentsOf(target);
    }

    /**
     * Lists any folder as {@link #contents()} lists the target (empty when it is no folder): the package and publish
     * steps read the site this way too.
     */
    public static Contents contentsOf(Path folder) throws IOException {
        java.util.Map<String, BasicFileAttributes> files = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Set<String> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                list(folder, "", files, folders);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return new Contents(files, folders);
    }

    /** Adds what {@code folder} holds, named from {@code prefix}, to {@code files} and {@code folders}. */
    private static void list(Path folder, String prefix, java.util.Map<String, BasicFileAttributes> files,
                             java.util.Set<String> folders) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        entries.parallelStream().forEach(entry -> {
            String name = prefix + entry.getFileName();
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (attributes.isDirectory()) {
                folders.add(name);
                list(entry, name + "/", files, folders);
            } else {
                files.put(name, attributes); // a symbolic link is listed as a file, as walkFileTree gives it
            }
        });
    }

    /**
     * Puts the staged files in place one by one instead of swapping the whole folder: {@code staged} (paths
     * relative to the folder) replace or join the target's files, {@code gone} files are removed, and then the
     * {@code emptied} folders (deepest first). Every file replaced or removed is moved aside first, under a
     * journal, so that a run killed on the way is undone by the next {@link #begin}.
     */
    public void commitChanges(java.util.Collection<String> staged, java.util.Collection<String> gone,
                              java.util.List<String> emptied) throws IOException {
        java.util.List<String> entries = new java.util.ArrayList<>();
        for (String path : staged) {
            entries.add((Files.exists(target.resolve(path), LinkOption.NOFOLLOW_LINKS) ? "R" : "A") + path);
        }
        gone.forEach(path -> entries.add("D" + path));
        emptied.forEach(path -> entries.add("X" + path));
        Path partial = journal.resolveSibling(journal.getFileName() + ".partial");
        Files.write(partial, entries, java.nio.charset.StandardCharsets.UTF_8);
        move(partial, journal);
        for (String entry : entries) {
            String path = entry.substring(1);
            Path at = target.resolve(path);
            switch (entry.charAt(0)) {
                case 'R', 'D' -> {
                    Path aside = previous.resolve(path);
                    Files.createDirectories(aside.getParent());
                    move(at, aside);
                    if (entry.charAt(0) == 'R') {
                        move(staging.resolve(path), at);
                    }
                }
                case 'A' -> {
                    Files.createDirectories(at.getParent());
                    move(staging.resolve(path), at);
                }
                default -> {
                    try {
                        Files.deleteIfExists(at); // an emptied folder
                    } catch (java.nio.file.DirectoryNotEmptyException kept) {
                        // something still lives there: the folder stays
                    }
                }
            }
        }
        // The new site is complete: from here on, nothing is undone.
        Files.delete(journal);
        deleteTree(previous);
        deleteTree(staging);
    }

    /** Whether {@link #begin} found an in-place commit a stopped run left half done, and undid it. */
    public boolean undidStoppedUpdate() {
        return undone;
    }

    /** Undoes an in-place commit that a killed run left half done, as its journal tells; false when none was. */
    private boolean rollBack() throws IOException {
        if (!Files.isRegularFile(journal)) {
            return false;
        }
        java.util.List<String> entries = Files.readAllLines(journal, java.nio.charset.StandardCharsets.UTF_8);
        for (int i = entries.size() - 1; i >= 0; i--) {
            String entry = entries.get(i);
            if (entry.isEmpty()) {
                continue;
            }
            String path = entry.substring(1);
            Path at = target.resolve(path).normalize();
            Path aside = previous.resolve(path).normalize();
            if (!at.startsWith(target) || !aside.startsWith(previous)) {
                continue; // not a journal this class wrote
            }
            switch (entry.charAt(0)) {
                case 'X' -> Files.createDirectories(at);
                case 'A' -> Files.deleteIfExists(at); // the old site had no file here
                default -> {
                    if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createDirectories(at.getParent());
                        Files.move(aside, at, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        Files.delete(journal);
        return true;
    }

    /**
     * Removes the staging folder after a failure; the target is left as it was (an in-place commit that failed
     * half way is undone).
     */
    public void abandon() throws IOException {
        rollBack();
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
