package io.github.blogpublish.publish;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import io.github.blogpublish.files.FileStamp;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

/**
 * What the last package step put into the zip, so that the next one copies the compressed bytes of every file
 * that did not change instead of compressing it again: for each entry, the site file's size, time and identity
 * when it was zipped (an unchanged file of an in-place site update keeps all three), its CRC and where its
 * compressed bytes lie in the zip. Valid only for the very zip it was written with (its {@link FileStamp}) and the
 * same entry time; anything else, or any doubt, and the entry is compressed again.
 */
final class ZipIndex {

    private static final String MAGIC = "blog-maven-plugin zip index 2";

    /** One entry as zipped: the site file then, and the entry in the zip. */
    record Entry(FileStamp stamp, long crc, long compressedSize, long offset) {

        static Entry of(BasicFileAttributes file, long crc, long compressedSize, long offset) {
            return new Entry(FileStamp.of(file), crc, compressedSize, offset);
        }
    }

    private final Map<String, Entry> entries;
    private final FileChannel zip;
    private final java.util.concurrent.atomic.AtomicInteger copied = new java.util.concurrent.atomic.AtomicInteger();

    /** How many entries were copied from the old zip. */
    int copied() {
        return copied.get();
    }

    /** The entries' time and date, as every local header of the zip holds them. */
    private final int dosTime;
    private final int dosDate;

    private ZipIndex(Map<String, Entry> entries, FileChannel zip, int dosTime, int dosDate) {
        this.entries = entries;
        this.zip = zip;
        this.dosTime = dosTime;
        this.dosDate = dosDate;
    }

    /** No entry to reuse. */
    static ZipIndex none() {
        return new ZipIndex(Map.of(), null, 0, 0);
    }

    /**
     * The index saved with {@code zip}, opened for copying from it; {@link #none()} when there is none, it belongs
     * to another zip or entry time, or cannot be read.
     */
    static ZipIndex open(Path index, Path zip, int dosTime, int dosDate) {
        if (index == null || !Files.isRegularFile(index) || !Files.isRegularFile(zip)) {
            return none();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(index), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !FileStamp.read(in).matches(attributes(zip))
                    || in.readInt() != dosTime || in.readInt() != dosDate) {
                return none();
            }
            Map<String, Entry> entries = new HashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                entries.put(in.readUTF(), new Entry(FileStamp.read(in), in.readLong(), in.readLong(), in.readLong()));
            }
            return new ZipIndex(entries, FileChannel.open(zip), dosTime, dosDate);
        } catch (IOException | RuntimeException unusable) {
            return none();
        }
    }

    /**
     * Where the entry of {@code path} starts in the old zip, when the site file is still the one zipped and the
     * zip holds that entry where the index says (its local header read and checked); -1 otherwise. The entry, its
     * header and data, is then the one this zip needs: the same name, time, CRC and sizes.
     */
    long kept(String path, byte[] name, BasicFileAttributes file) {
        Entry entry = entries.get(path);
        if (entry == null || file == null || !entry.stamp().matches(file)) {
            return -1;
        }
        try {
            ByteBuffer header = ByteBuffer.allocate(30 + name.length).order(ByteOrder.LITTLE_ENDIAN);
            readFully(header, entry.offset());
            header.flip();
            if (header.getInt(0) != 0x04034b50 || header.getShort(4) != ParallelZip.VERSION
                    || header.getShort(6) != ParallelZip.UTF8_NAMES || header.getShort(8) != ParallelZip.DEFLATED
                    || (header.getShort(10) & 0xFFFF) != dosTime || (header.getShort(12) & 0xFFFF) != dosDate
                    || (header.getInt(14) & 0xFFFFFFFFL) != entry.crc()
                    || (header.getInt(18) & 0xFFFFFFFFL) != entry.compressedSize()
                    || (header.getInt(22) & 0xFFFFFFFFL) != entry.stamp().size()
                    || (header.getShort(26) & 0xFFFF) != name.length || header.getShort(28) != 0
                    || !header.slice(30, name.length).equals(ByteBuffer.wrap(name))
                    || entry.offset() + 30 + name.length + entry.compressedSize() > zip.size()) {
                return -1;
            }
            copied.incrementAndGet();
            return entry.offset();
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    /** Copies {@code length} bytes of the old zip from {@code position} to the end of {@code target}. */
    void copy(long position, long length, java.nio.channels.FileChannel target) throws IOException {
        long done = 0;
        while (done < length) {
            long moved = zip.transferTo(position + done, length - done, target);
            if (moved <= 0) {
                throw new IOException("the last zip ended while its unchanged entries were copied (changed while this"
                        + " build ran?); run mvn clean and package again");
            }
            done += moved;
        }
    }

    Entry entry(String path) {
        return entries.get(path);
    }

    private void readFully(ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = zip.read(buffer, at);
            if (read < 0) {
                throw new IOException("the zip ends early");
            }
            at += read;
        }
    }

    void close() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // only read from
            }
        }
    }

    /** Saves the index of the zip just written, after it is in place. */
    static void save(Path index, Path zip, int dosTime, int dosDate, Map<String, Entry> entries) throws IOException {
        Files.createDirectories(index.toAbsolutePath().getParent());
        Path partial = index.resolveSibling(index.getFileName() + ".partial");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
            out.writeUTF(MAGIC);
            FileStamp.of(attributes(zip)).write(out);
            out.writeInt(dosTime);
            out.writeInt(dosDate);
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> e : new java.util.TreeMap<>(entries).entrySet()) {
                Entry entry = e.getValue();
                out.writeUTF(e.getKey());
                entry.stamp().write(out);
                out.writeLong(entry.crc());
                out.writeLong(entry.compressedSize());
                out.writeLong(entry.offset());
            }
        }
        Files.move(partial, index, StandardCopyOption.REPLACE_EXISTING);
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class);
    }

}
