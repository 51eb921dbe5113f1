package io.github.blogpublish.publish;

import io.github.blogpublish.files.StagedDirectory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Package stage: zips a written site so that the same files always give the same bytes. Entries are
 * sorted by path, carry one fixed timestamp (written as UTC, so the machine's zone does not matter) and
 * no other metadata. The zip is written beside its destination and moved into place when complete.
 */
public final class SiteArchive {

    /**
     * The deflate level of every entry. Measured on the 10,000-post benchmark site (110 MB of HTML): level 6 (the
     * default) gives 41.1 MB in 2.4 s of one core, level 4 gives 42.1 MB (2.4 % more) in 1.45 s, level 1 46.3 MB
     * in 1.07 s. Level 4 keeps nearly all of the compression at 60 % of the time.
     */
    static final int LEVEL = 4;

    /**
     * What was archived.
     *
     * @param zip     the archive
     * @param entries number of files in it
     * @param bytes   size of the archive
     * @param copied  entries copied compressed from the last zip, their files unchanged
     */
    public record Result(Path zip, int entries, long bytes, int copied) {
    }

    private SiteArchive() {
    }

    /**
     * @param site      the site folder
     * @param zip       the archive to create or replace
     * @param timestamp the time every entry carries
     */
    public static Result write(Path site, Path zip, Instant timestamp) throws IOException {
        return write(site, zip, timestamp, null);
    }

    /**
     * Writes the zip, copying the compressed bytes of every file that did not change since the zip that
     * {@code index} describes (as the last package step left them) instead of compressing it again.
     *
     * @param index where to keep what the next package step can reuse; null for none
     */
    public static Result write(Path site, Path zip, Instant timestamp, Path index) throws IOException {
        Map<String, BasicFileAttributes> attributes = new java.util.HashMap<>();
        List<String> paths = files(site, attributes);
        LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
        Files.createDirectories(zip.toAbsolutePath().getParent());
        Path partial = zip.resolveSibling(zip.getFileName() + ".partial");
        Map<String, ZipIndex.Entry> written = new java.util.HashMap<>();
        boolean parallel;
        ZipIndex old = ZipIndex.none();
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(partial,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                java.nio.file.StandardOpenOption.WRITE);
             OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
            long bytes = 0;
            for (String path : paths) {
                bytes += attributes.get(path).size();
            }
            parallel = ParallelZip.fits(paths.size(), bytes, time);
            if (parallel) {
                old = ZipIndex.open(index, zip, ParallelZip.dosTime(time), ParallelZip.dosDate(time));
                ParallelZip.write(site, paths, attributes, time, out, channel, old, written);
            } else {
                writeWithJdk(site, paths, time, out);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        } finally {
            old.close();
        }
        if (index != null) {
            Files.deleteIfExists(index); // it describes the zip about to be replaced
        }
        try {
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING);
        }
        if (index != null && parallel) {
            ZipIndex.save(index, zip, ParallelZip.dosTime(time), ParallelZip.dosDate(time), written);
        }
        return new Result(zip, paths.size(), Files.size(zip), old.copied());
    }

    /** The JDK's zip writer, one entry after another: for sites too large or too old for {@link ParallelZip}. */
    private static void writeWithJdk(Path site, List<String> paths, LocalDateTime time, OutputStream out)
            throws IOException {
        ZipOutputStream zipOut = new ZipOutputStream(out);
        zipOut.setLevel(LEVEL);
        for (String path : paths) {
            ZipEntry entry = new ZipEntry(path);
            entry.setTimeLocal(time);
            zipOut.putNextEntry(entry);
            Files.copy(site.resolve(path), zipOut);
            zipOut.closeEntry();
        }
        zipOut.finish();
    }

    /** Every regular file below {@code site}, relative, with {@code /}, sorted. */
    static List<String> files(Path site) throws IOException {
        return files(site, new java.util.HashMap<>());
    }

    /**
     * {@link #files(Path)}, with each file's attributes put into {@code attributes}. The folders are listed side by
     * side ({@link StagedDirectory#contentsOf}): a site has a folder per post date, and listing them one after
     * another took about half of a one-post re-run's package step. Links are not followed and not listed.
     */
    static List<String> files(Path site, Map<String, BasicFileAttributes> attributes) throws IOException {
        if (!Files.exists(site, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.NoSuchFileException(site.toString());
        }
        List<String> paths = new ArrayList<>();
        StagedDirectory.contentsOf(site).files().forEach((path, file) -> {
            if (file.isRegularFile()) {
                paths.add(path);
                attributes.put(path, file);
            }
        });
        paths.sort(null);
        return paths;
    }
}
