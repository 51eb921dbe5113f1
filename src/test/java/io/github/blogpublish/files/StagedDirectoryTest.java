package io.github.blogpublish.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Committing a site file by file into the old one, and undoing a commit that stopped half way. */
class StagedDirectoryTest {

    @TempDir
    Path dir;

    private Path site() throws Exception {
        Path site = dir.resolve("blog");
        write(site, "index.html", "old home");
        write(site, "a/kept.html", "kept");
        write(site, "a/changed.html", "old a");
        write(site, "gone/deep/old.html", "gone");
        return site;
    }

    private static void write(Path root, String path, String text) throws Exception {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }

    /** Every file and folder below {@code root}, folders as {@code path/}, files with their text. */
    private static Map<String, String> tree(Path root) throws Exception {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                String name = root.relativize(p).toString();
                if (Files.isDirectory(p)) {
                    tree.put(name + "/", "");
                } else {
                    tree.put(name, Files.readString(p));
                }
            }
        }
        return tree;
    }

    @Test
    void changesGoInFileByFileAndNothingOfTheOldSiteOrTheJournalIsLeft() throws Exception {
        Path site = site();
        StagedDirectory staged = StagedDirectory.begin(site);
        assertEquals(Map.of("index.html", 8L, "a/kept.html", 4L, "a/changed.html", 5L, "gone/deep/old.html", 4L),
                staged.contents().files().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().size())));
        write(staged.path(), "a/changed.html", "new a");
        write(staged.path(), "b/added.html", "added");
        staged.commitChanges(List.of("a/changed.html", "b/added.html"), List.of("gone/deep/old.html"),
                List.of("gone/deep", "gone"));
        assertEquals(Map.of("/", "", "index.html", "old home", "a/", "", "a/kept.html", "kept", "a/changed.html", "new a",
                "b/", "", "b/added.html", "added"), tree(site));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(site), left.toList(), "no staging folder, journal or old files are left");
        }
    }

    @Test
    void aCommitThatStopsHalfWayIsUndoneAndTheOldSiteIsWhole() throws Exception {
        Path site = site();
        Map<String, String> old = tree(site);
        StagedDirectory staged = StagedDirectory.begin(site);
        write(staged.path(), "b/added.html", "added");
        write(staged.path(), "a/changed.html", "new a");
        // The second staged file is missing: the commit fails after it moved the first one in and one aside.
        assertThrows(java.io.IOException.class, () -> staged.commitChanges(
                List.of("b/added.html", "a/changed.html", "index.html"), List.of("gone/deep/old.html"), List.of()));
        assertFalse(Files.exists(site.resolve("index.html")), "the run stopped with the home page moved aside");
        // The next run (a killed run leaves the same journal) puts the old site back before anything else.
        StagedDirectory.begin(site);
        Map<String, String> restored = tree(site);
        restored.remove("b/"); // an empty folder the failed run made
        assertEquals(old, restored);
        assertFalse(Files.exists(dir.resolve("blog.journal")));
    }

    @Test
    void aFailedCommitIsUndoneAtOnceByAbandon() throws Exception {
        Path site = site();
        Map<String, String> old = tree(site);
        StagedDirectory staged = StagedDirectory.begin(site);
        write(staged.path(), "a/changed.html", "new a");
        assertThrows(java.io.IOException.class, () -> staged.commitChanges(
                List.of("a/changed.html", "a/kept.html"), List.of(), List.of()));
        staged.abandon();
        assertEquals(old, tree(site));
        assertFalse(Files.exists(dir.resolve("blog.journal")));
        assertFalse(Files.exists(dir.resolve("blog.staging")));
    }

    @Test
    void aSwapStoppedBetweenItsRenamesGetsTheOldSiteBack() throws Exception {
        Path site = site();
        Map<String, String> old = tree(site);
        Files.move(site, dir.resolve("blog.previous"));
        StagedDirectory.begin(site);
        assertEquals(old, tree(site));
    }
}
