package io.github.blogpublish.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip whose entries are compressed on every core and then written in path order: the JDK's
 * {@code ZipOutputStream} compresses one entry after another, which was most of the package step of a large
 * site. Plain zip (no ZIP64), so only for sites of fewer than 65,535 files whose archive stays under 4 GB, with
 * a time from 1980 on; {@link SiteArchive} uses the JDK's writer for anything else. Every entry: deflated,
 * UTF-8 name, the one fixed time, no extra fields, so the same files always give the same bytes.
 */
final class ParallelZip {

    private static final int MAX_ENTRIES = 0xFFFF - 1;
    private static final long MAX_OFFSET = 0xFFFFFFFFL - 1;
    static final int UTF8_NAMES = 0x0800;
    static final int DEFLATED = 8;
    static final int VERSION = 20;
    /** Entries compressed at once: bounds the memory held by compressed data waiting to be written. */
    private static final int BATCH = 512;

    private ParallelZip() {
    }

    /**
     * One entry: compressed now ({@code data}), or kept in the old zip, whose entry (header and data) starts at
     * {@code keptAt} and is copied from there as it is.
     */
    private record Entry(byte[] name, byte[] data, long crc, long size, long compressedSize, long keptAt) {

        Entry(byte[] name, byte[] data, long crc, long size) {
            this(name, data, crc, size, data.length, -1);
        }

        /** The local header's and the data's length. */
        long length() {
            return 30L + name.length + compressedSize;
        }
    }

    /** Whether a plain zip can hold these files: deflate grows data by at most about 0.03 %, and headers. */
    static boolean fits(int entries, long bytes, LocalDateTime time) {
        return entries <= MAX_ENTRIES && bytes + bytes / 100 + entries * 256L < MAX_OFFSET
                && time.getYear() >= 1980 && time.getYear() <= 2107;
    }

    static void write(Path site, List<String> paths, LocalDateTime time, OutputStream out) throws IOException {
        write(site, paths, Map.of(), time, out, null, ZipIndex.none(), new java.util.HashMap<>());
    }

    static int dosTime(LocalDateTime time) {
        return time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() / 2;
    }

    static int dosDate(LocalDateTime time) {
        return (time.getYear() - 1980) << 9 | time.getMonthValue() << 5 | time.getDayOfMonth();
    }

    /**
     * Writes the zip; an entry whose file is as {@code old} recorded it is copied compressed from the old zip, by
     * the kernel (each run of entries that lie one after another there at once), not through the heap: a re-run
     * of a large site copies 40 MB of entries.
     *
     * @param files   the attributes of each file as listed, for {@code old} and {@code written}
     * @param channel the file {@code out} writes to, where copies from {@code old} go (after {@code out} is
     *                flushed); null when {@code old} has no zip
     * @param written receives what the next build needs to reuse this zip's entries
     */
    static void write(Path site, List<String> paths, Map<String, BasicFileAttributes> files, LocalDateTime time,
                      OutputStream out, java.nio.channels.FileChannel channel, ZipIndex old,
                      Map<String, ZipIndex.Entry> written) throws IOException {
        int dosTime = dosTime(time);
        int dosDate = dosDate(time);
        Counting counted = new Counting(out);
        List<long[]> central = new ArrayList<>(paths.size()); // crc, compressed size, size, offset
        List<byte[]> names = new ArrayList<>(paths.size());
        Run run = new Run(counted, channel, old);
        try (Compressors compressors = new Compressors()) {
            for (int from = 0; from < paths.size(); from += BATCH) {
                int to = Math.min(paths.size(), from + BATCH);
                Entry[] batch = new Entry[to - from];
                int first = from;
                try {
                    IntStream.range(from, to).parallel().forEach(i -> batch[i - first] = entry(site, paths.get(i),
                            files.get(paths.get(i)), old, compressors));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                for (Entry entry : batch) {
                    long offset;
                    if (entry.keptAt() >= 0) {
                        offset = run.add(entry);
                    } else {
                        run.copy();
                        offset = localEntry(counted, entry, dosTime, dosDate);
                    }
                    central.add(new long[] {entry.crc(), entry.compressedSize(), entry.size(), offset});
                    names.add(entry.name());
                    BasicFileAttributes file = files.get(paths.get(names.size() - 1));
                    if (file != null) {
                        written.put(paths.get(names.size() - 1), ZipIndex.Entry.of(file, entry.crc(), entry.compressedSize(), offset));
                    }
                }
            }
        }
        run.copy();
        centralDirectory(counted, central, names, dosTime, dosDate);
        counted.flush();
    }

    /** Kept entries that lie one after another in the old zip, waiting to be copied at once. */
    private static final class Run {
        private final Counting counted;
        private final java.nio.channels.FileChannel channel;
        private final ZipIndex old;
        private long from = -1;
        private long length;

        Run(Counting counted, java.nio.channels.FileChannel channel, ZipIndex old) {
            this.counted = counted;
            this.channel = channel;
            this.old = old;
        }

        /** Adds a kept entry (copying the run so far first when it does not follow it); returns its new offset. */
        long add(Entry entry) throws IOException {
            if (from >= 0 && from + length != entry.keptAt()) {
                copy();
            }
            if (from < 0) {
                from = entry.keptAt();
            }
            long offset = counted.count;
            if (offset > MAX_OFFSET) {
                throw new IOException("the site is too large for a zip without ZIP64");
            }
            length += entry.length();
            counted.count += entry.length();
            return offset;
        }

        /** Copies the run, after what {@code out} holds. */
        void copy() throws IOException {
            if (from < 0) {
                return;
            }
            counted.flush();
            old.copy(from, length, channel);
            if (channel.position() != counted.count) {
                throw new IOException("the copy of the last zip's unchanged entries came out at another length;"
                        + " run mvn clean and package again");
            }
            from = -1;
            length = 0;
        }
    }

    /** One entry's local header and data; returns where the header starts. */
    private static long localEntry(Counting counted, Entry entry, int dosTime, int dosDate) throws IOException {
        long offset = counted.count;
        if (offset > MAX_OFFSET || entry.data().length > MAX_OFFSET || entry.size() > MAX_OFFSET) {
            throw new IOException("the site is too large for a zip without ZIP64");
        }
        counted.u32(0x04034b50);
        counted.u16(VERSION);
        counted.u16(UTF8_NAMES);
        counted.u16(DEFLATED);
        counted.u16(dosTime);
        counted.u16(dosDate);
        counted.u32(entry.crc());
        counted.u32(entry.data().length);
        counted.u32(entry.size());
        counted.u16(entry.name().length);
        counted.u16(0);
        counted.write(entry.name());
        counted.write(entry.data());
        return offset;
    }

    /** The central directory of the entries written, and its end record. */
    private static void centralDirectory(Counting counted, List<long[]> central, List<byte[]> names, int dosTime,
                                         int dosDate) throws IOException {
        long start = counted.count;
        for (int i = 0; i < central.size(); i++) {
            long[] e = central.get(i);
            counted.u32(0x02014b50);
            counted.u16(VERSION);
            counted.u16(VERSION);
            counted.u16(UTF8_NAMES);
            counted.u16(DEFLATED);
            counted.u16(dosTime);
            counted.u16(dosDate);
            counted.u32(e[0]);
            counted.u32(e[1]);
            counted.u32(e[2]);
            counted.u16(names.get(i).length);
            counted.u16(0); // extra
            counted.u16(0); // comment
            counted.u16(0); // disk
            counted.u16(0); // internal attributes
            counted.u32(0); // external attributes
            counted.u32(e[3]);
            counted.write(names.get(i));
        }
        long size = counted.count - start;
        if (start > MAX_OFFSET || size > MAX_OFFSET) {
            throw new IOException("the site is too large for a zip without ZIP64");
        }
        counted.u32(0x06054b50);
        counted.u16(0);
        counted.u16(0);
        counted.u16(central.size());
        counted.u16(central.size());
        counted.u32(size);
        counted.u32(start);
        counted.u16(0);
    }

    /** The entry of one file: copied from the old zip when unchanged, else compressed. */
    private static Entry entry(Path site, String path, BasicFileAttributes file, ZipIndex old, Compressors compressors) {
        byte[] name = path.getBytes(StandardCharsets.UTF_8);
        long kept = old.kept(path, name, file);
        if (kept >= 0) {
            ZipIndex.Entry was = old.entry(path);
            return new Entry(name, null, was.crc(), was.stamp().size(), was.compressedSize(), kept);
        }
        return compress(site, path, compressors);
    }

    /**
     * A deflater and its output buffer, used for one entry after another (a zip of 11,000 pages made a deflater,
     * zlib's state, and a 64 KB buffer for every entry); the zip's compressors wait in a pool between entries.
     */
    private static final class Compressor {
        private final Deflater deflater = new Deflater(SiteArchive.LEVEL, true);
        private byte[] out = new byte[64 * 1024];

        /** The raw deflate of {@code bytes}, in an array of its length. */
        byte[] deflate(byte[] bytes) {
            deflater.reset();
            deflater.setInput(bytes);
            deflater.finish();
            int length = 0;
            while (!deflater.finished()) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                length += deflater.deflate(out, length, out.length - length);
            }
            return Arrays.copyOf(out, length);
        }
    }

    /** The compressors of one zip: as many as threads compress at once, each ended when the zip is written. */
    private static final class Compressors implements AutoCloseable {
        private final ConcurrentLinkedQueue<Compressor> idle = new ConcurrentLinkedQueue<>();
        private final List<Compressor> all = Collections.synchronizedList(new ArrayList<>());

        byte[] deflate(byte[] bytes) {
            Compressor compressor = idle.poll();
            if (compressor == null) {
                compressor = new Compressor();
                all.add(compressor);
            }
            try {
                return compressor.deflate(bytes);
            } finally {
                idle.add(compressor);
            }
        }

        @Override
        public void close() {
            all.forEach(compressor -> compressor.deflater.end());
        }
    }

    private static Entry compress(Path site, String path, Compressors compressors) {
        try {
            byte[] bytes = Files.readAllBytes(site.resolve(path));
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return new Entry(path.getBytes(StandardCharsets.UTF_8), compressors.deflate(bytes), crc.getValue(),
                    bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Little-endian writes, counting bytes for the offsets. */
    private static final class Counting {
        private final OutputStream out;
        private long count;

        Counting(OutputStream out) {
            this.out = out;
        }

        void u16(int value) throws IOException {
            out.write(value & 0xff);
            out.write(value >>> 8 & 0xff);
            count += 2;
        }

        void u32(long value) throws IOException {
            u16((int) (value & 0xffff));
            u16((int) (value >>> 16 & 0xffff));
        }

        void write(byte[] bytes) throws IOException {
            out.write(bytes);
            count += bytes.length;
        }

        void flush() throws IOException {
            out.flush();
        }
    }
}
