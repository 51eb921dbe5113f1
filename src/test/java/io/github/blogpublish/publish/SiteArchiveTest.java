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
