package io.github.blogpublish.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A theme's folders taken out of a jar (a theme artifact, or the plugin's own jar for the built-in theme) into a
 * folder of the build, where the theme is read like any folder. Only the folders a theme is made of are taken;
 * an entry that would land outside the folder, too many entries or too many bytes stop the unpacking, which never
 * leaves half a folder behind. An earlier build's folder is used again while the jar is the same file.
 */
public final class JarFolder {

    /** The folders of a theme, as Jekyll reads them from a gem theme; nothing else of the jar is taken. */
    public static final List<String> THEME_FOLDERS = List.of("_layouts/", "_includes/", "_sass/", "_data/", "assets/");

    static final int MAX_ENTRIES = 20_000;
    static final long MAX_BYTES = 200L * 1024 * 1024;
    private static final String STAMP = ".unpacked-from";

    private JarFolder() {
    }

    /**
     * The theme below {@code prefix} of {@code jar} ({@code ""} for a jar whose root is the theme), unpacked into
     * {@code into}.
     *
     * @return {@code into}, holding the theme's folders
     * @throws IOException when the jar cannot be read or holds what a theme must not (named in the message)
     */
    public static Path unpack(Path jar, String prefix, Path into) throws IOException {
        return unpack(jar, prefix, into, MAX_ENTRIES, MAX_BYTES);
    }

    /** {@link #unpack(Path, String, Path)} within the limits given (the tests' small ones). */
    static Path unpack(Path jar, String prefix, Path into, int maxEntries, long maxBytes) throws IOException {
        String stamp = jar.toAbsolutePath() + "\n" + Files.size(jar) + "\n" + Files.getLastModifiedTime(jar).toMillis()
                + "\n" + prefix + "\n";
        Path stampFile = into.resolve(STAMP);
        if (Files.isRegularFile(stampFile) && Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp)) {
            return into;
        }
        Files.createDirectories(into.getParent());
        Path fresh = into.resolveSibling(".unpacking-" + UUID.randomUUID());
        try {
            Files.createDirectories(fresh);
            extract(jar, prefix, fresh, maxEntries, maxBytes);
            Files.writeString(fresh.resolve(STAMP), stamp, StandardCharsets.UTF_8);
            if (Files.exists(into)) {
                StagedDirectory.deleteTree(into);
            }
            try {
                Files.move(fresh, into, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                // another build of the same project put it there first
            }
        } finally {
            if (Files.exists(fresh)) {
                StagedDirectory.deleteTree(fresh);
            }
        }
        return into;
    }

    private static void extract(Path jar, String prefix, Path into, int maxEntries, long maxBytes)
            throws IOException {
        int entries = 0;
        long bytes = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > maxEntries) {
                    throw new IOException(jar + " has more than " + maxEntries + " entries; a theme has far fewer");
                }
                String name = entry.getName();
                if (!name.startsWith(prefix) || entry.isDirectory()) {
                    continue;
                }
                String relative = name.substring(prefix.length());
                if (THEME_FOLDERS.stream().noneMatch(relative::startsWith)) {
                    continue;
                }
                Path file = into.resolve(relative).normalize();
                if (!file.startsWith(into) || relative.contains("\\") || relative.contains("//")) {
                    throw new IOException(jar + " holds an entry that leads out of its folder: " + name);
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes += copy(in, file, maxBytes - bytes, maxBytes, jar);
                }
            }
        }
    }

    /** Copies at most {@code room} bytes; more is an error naming the jar. */
    private static long copy(InputStream in, Path file, long room, long maxBytes, Path jar) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        try (var out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                if (written > room) {
                    throw new IOException(jar + " unpacks to more than " + maxBytes + " bytes; a theme is far smaller");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }
}
