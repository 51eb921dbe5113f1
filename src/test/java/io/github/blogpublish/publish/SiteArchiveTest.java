package io.github.blogpublish.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteArchiveTest {

    private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void sameFilesGiveTheSameBytesWhateverTheirTimesOrTheMachineZone() throws Exception {
        Path one = site(dir.resolve("one"), FileTime.from(Instant.parse("2001-02-03T04:05:06Z")));
        Path two = site(dir.resolve("two"), FileTime.from(Instant.parse("2024-07-08T09:10:11Z")));
        SiteArchive.write(one, dir.resolve("one.zip"), STAMP);
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            SiteArchive.write(two, dir.resolve("two.zip"), STAMP);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertEquals(sha256(dir.resolve("one.zip")), sha256(dir.resolve("two.zip")));
    }

    @Test
    void everyRegularFileOfEveryFolderIsZippedButNoLinkAndAMissingSiteIsAFailure() throws Exception {
        Path site = dir.resolve("site");
        List<String> expected = new ArrayList<>();
        for (int folder = 0; folder < 40; folder++) {
            for (String name : List.of("index.html", "2024/01/0" + folder % 9 + "/post-" + folder + ".html")) {
                String path = "f" + folder + "/" + name;
                Files.createDirectories(site.resolve(path).getParent());
                Files.writeString(site.resolve(path), path);
                expected.add(path);
            }
        }
        Files.writeString(dir.resolve("outside.html"), "not the site's");
        Files.createDirectories(dir.resolve("outside-folder"));
        Files.writeString(dir.resolve("outside-folder/secret.html"), "not the site's");
        Files.createSymbolicLink(site.resolve("f1/link.html"), dir.resolve("outside.html"));
        Files.createSymbolicLink(site.resolve("f2/linked-folder"), dir.resolve("outside-folder"));
        expected.sort(null);

        assertEquals(expected, SiteArchive.files(site));
        SiteArchive.Result result = SiteArchive.write(site, dir.resolve("site.zip"), STAMP);
        assertEquals(expected.size(), result.entries());
        try (ZipFile zip = new ZipFile(dir.resolve("site.zip").toFile())) {
            assertEquals(expected, java.util.Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList());
        }
        org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.NoSuchFileException.class,
                () -> SiteArchive.write(dir.resolve("no-site"), dir.resolve("none.zip"), STAMP));
    }

    @Test
    void entriesAreSortedAndCarryTheOutputTimestamp() throws Exception {
        Path site = site(dir.resolve("site"), FileTime.from(Instant.now()));
        SiteArchive.Result result = SiteArchive.write(site, dir.resolve("out/site.zip"), STAMP);
        assertEquals(3, result.entries());
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(dir.resolve("out/site.zip").toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                names.add(entry.getName());
                assertEquals(STAMP, entry.getTimeLocal().toInstant(java.time.ZoneOffset.UTC));
            }
            assertEquals("<p>안녕</p>", new String(zip.getInputStream(zip.getEntry("b/z.html")).readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(List.of("a.html", "b/z.html", "index.html"), names);
        assertFalse(Files.exists(dir.resolve("out/site.zip.partial")));
    }

    /**
     * A re-run copies the compressed entries of unchanged files from the last zip and gives the very bytes a
     * fresh zip of the same files has; an edited, added or removed file, a new time, or a zip changed since,
     * and nothing wrong is copied.
     */
    @Test
    void aRepackageCopiesUnchangedEntriesAndEqualsAFreshZip() throws Exception {
        Path site = dir.resolve("site");
        for (int i = 0; i < 40; i++) {
            Path file = site.resolve("p/" + i + "/index.html");
            Files.createDirectories(file.getParent());
            Files.writeString(file, ("<p>글 " + i + "</p>\n").repeat(50 + i));
        }
        Path zip = dir.resolve("out/site.zip");
        Path index = dir.resolve("cache/zip.index");
        assertEquals(0, SiteArchive.write(site, zip, STAMP, index).copied());
        assertEquals(40, SiteArchive.write(site, zip, STAMP, index).copied());
        assertEquals(sha256(fresh(site, "fresh1.zip", STAMP)), sha256(zip));

        Files.writeString(site.resolve("p/3/index.html"), "<p>바뀐 글</p>");
        Files.delete(site.resolve("p/4/index.html"));
        Files.writeString(site.resolve("p/new.html"), "<p>새 글</p>");
        assertEquals(38, SiteArchive.write(site, zip, STAMP, index).copied());
        assertEquals(sha256(fresh(site, "fresh2.zip", STAMP)), sha256(zip));

        Instant later = Instant.parse("2026-06-01T00:00:00Z");
        assertEquals(0, SiteArchive.write(site, zip, later, index).copied(), "another entry time: every header differs");
        assertEquals(sha256(fresh(site, "fresh3.zip", later)), sha256(zip));

        // A zip replaced by something else since: its index no longer describes it.
        Files.copy(fresh(site, "other.zip", STAMP), zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, SiteArchive.write(site, zip, later, index).copied());
        assertEquals(sha256(fresh(site, "fresh4.zip", later)), sha256(zip));
    }

    private Path fresh(Path site, String name, Instant stamp) throws Exception {
        return SiteArchive.write(site, dir.resolve(name), stamp).zip();
    }

    /** The parallel writer's zip reads back, entry for entry, as the JDK writer's does, with every reader. */
    @Test
    void theParallelZipHoldsWhatTheJdkZipHolds() throws Exception {
        Path site = dir.resolve("many");
        java.util.Random random = new java.util.Random(7);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 1300; i++) {
            String path = (i % 3 == 0 ? "태그/" : "p/") + i + (i % 7 == 0 ? ".bin" : ".html");
            Path file = site.resolve(path);
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[i % 11 == 0 ? 0 : random.nextInt(40_000)];
            if (path.endsWith(".bin")) {
                random.nextBytes(bytes); // does not compress: deflate stores it in raw blocks
            } else {
                java.util.Arrays.fill(bytes, (byte) ('a' + i % 26));
            }
            Files.write(file, bytes);
            paths.add(path);
        }
        paths.sort(null);
        java.time.LocalDateTime time = java.time.LocalDateTime.of(2026, 1, 1, 12, 34, 56);
        Path fast = dir.resolve("fast.zip");
        try (java.io.OutputStream out = Files.newOutputStream(fast)) {
            ParallelZip.write(site, paths, time, out);
        }
        SiteArchive.write(site, dir.resolve("public.zip"), java.time.LocalDateTime.of(2026, 1, 1, 12, 34, 56).toInstant(java.time.ZoneOffset.UTC));
        assertEquals(sha256(fast), sha256(dir.resolve("public.zip")), "SiteArchive takes the parallel writer for this site");
        List<String> read = new ArrayList<>();
        try (ZipFile zip = new ZipFile(fast.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                read.add(entry.getName());
                assertEquals(time, entry.getTimeLocal());
                assertEquals(ZipEntry.DEFLATED, entry.getMethod());
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(site.resolve(entry.getName())),
                        zip.getInputStream(entry).readAllBytes()), entry.getName());
            }
        }
        assertEquals(paths, read);
        // A streaming reader sees the same, through the local headers alone.
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(fast))) {
            int count = 0;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertEquals(paths.get(count++), entry.getName());
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(site.resolve(entry.getName())), in.readAllBytes()));
            }
            assertEquals(paths.size(), count);
        }
        // The same files through the JDK's writer hold the same entries.
        try (java.io.OutputStream out = Files.newOutputStream(dir.resolve("jdk.zip"));
             ZipFile fastZip = new ZipFile(fast.toFile())) {
            java.lang.reflect.Method jdk = SiteArchive.class.getDeclaredMethod("writeWithJdk", Path.class, List.class,
                    java.time.LocalDateTime.class, java.io.OutputStream.class);
            jdk.setAccessible(true);
            jdk.invoke(null, site, paths, time, out);
            out.close();
            try (ZipFile jdkZip = new ZipFile(dir.resolve("jdk.zip").toFile())) {
                for (String path : paths) {
                    assertEquals(jdkZip.getEntry(path).getCrc(), fastZip.getEntry(path).getCrc(), path);
                    assertEquals(jdkZip.getEntry(path).getSize(), fastZip.getEntry(path).getSize(), path);
                }
            }
        }
    }

    @Test
    void aTimeBefore1980OrAHugeSiteTakesTheJdkWriter() {
        assertFalse(ParallelZip.fits(10, 1000, java.time.LocalDateTime.of(1979, 12, 31, 0, 0)));
        assertFalse(ParallelZip.fits(70_000, 1000, java.time.LocalDateTime.of(2026, 1, 1, 0, 0)));
        assertFalse(ParallelZip.fits(10, 4L << 30, java.time.LocalDateTime.of(2026, 1, 1, 0, 0)));
        assertTrue(ParallelZip.fits(11_019, 200L << 20, java.time.LocalDateTime.of(1980, 1, 1, 0, 0)));
    }

    private static Path site(Path root, FileTime time) throws Exception {
        Files.createDirectories(root.resolve("b"));
        // Written in a different order each time, so the archive's order must come from sorting.
        for (String name : root.getFileName().toString().equals("two")
                ? List.of("index.html", "b/z.html", "a.html") : List.of("a.html", "b/z.html", "index.html")) {
            Path file = root.resolve(name);
            Files.writeString(file, name.equals("b/z.html") ? "<p>안녕</p>" : name, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, time);
        }
        return root;
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
