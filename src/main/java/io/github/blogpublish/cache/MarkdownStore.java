package io.github.blogpublish.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The rendered Markdown of the cache ({@code target/blog-cache/markdown-<id>.bin}), apart from {@code cache.bin}:
 * entries are only ever added at its end, so a save writes the bodies rendered since the last one (a one-post
 * re-run, one entry) instead of all of them again (68 MB at 10,000 posts). {@code cache.bin} names the file, its
 * id and its length then, and where each entry lies; entries it no longer names are dead bytes. When they are
 * more than half the file, the save writes the live entries to a new file with a new id, and the old one goes once
 * {@code cache.bin} names the new one. A build stopped while saving leaves entries no {@code cache.bin} names, or
 * a file none names (deleted by the next save): never a wrong entry.
 *
 * @param file    the file
 * @param id      the id its first bytes hold, which {@code cache.bin} names
 * @param channel the file, open for reading the entries
 */
record MarkdownStore(Path file, String id, FileChannel channel) implements java.io.Closeable {

    private static final String MAGIC = "blog-maven-plugin markdown 1";

    /** An entry of a saved cache: where it lies in the store. */
    record Entry(long offset, int length) {
    }

    /**
     * The store {@code cache.bin} names, if it is that file still (its id) and at least as long as then; null
     * otherwise, and the cache is then taken as damaged.
     */
    static MarkdownStore open(Path folder, String name, String id, long length) throws IOException {
        Path file = folder.resolve(name);
        if (!name.equals(fileName(id)) || !Files.isRegularFile(file)) {
            return null;
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(channel.size(), 256));
            while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
                // the first bytes: the magic and the id
            }
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(head.array(), 0, head.position()));
            if (channel.size() >= length && MAGIC.equals(in.readUTF()) && id.equals(in.readUTF())) {
                return new MarkdownStore(file, id, channel);
            }
        } catch (IOException | RuntimeException damaged) {
            // refused below
        }
        channel.close();
        return null;
    }

    /**
     * Writes the entries not yet in {@code current} at its end, or every entry into a new store when there is
     * none or most of it is dead; gives where each entry lies, and the store's length now.
     *
     * @return the store to name in {@code cache.bin} (its channel not yet open) and its length
     */
    static Saved save(Path folder, MarkdownStore current, Map<String, Supplier<String[]>> entries,
                      Map<String, Entry> where) throws IOException {
        long live = 0;
        if (current != null) {
            for (Supplier<String[]> entry : entries.values()) {
                if (entry instanceof StoredMarkdown stored && stored.channel() == current.channel()) {
                    live += stored.length();
                }
            }
        }
        // Added to only where cache.bin will name it: the same folder (a cache saved elsewhere starts a store there).
        boolean reuse = current != null && current.channel().isOpen() && live * 2 >= current.channel().size()
                && current.file().equals(folder.resolve(fileName(current.id())));
        String id = reuse ? current.id() : java.util.UUID.randomUUID().toString();
        Path file = folder.resolve(fileName(id));
        try (FileChannel channel = reuse ? FileChannel.open(file, StandardOpenOption.WRITE)
                : FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
             java.io.OutputStream out = new java.io.BufferedOutputStream(
                     java.nio.channels.Channels.newOutputStream(channel.position(reuse ? channel.size() : 0)), 1 << 16)) {
            long position = channel.position();
            if (!reuse) {
                DataOutputStream header = new DataOutputStream(out);
                header.writeUTF(MAGIC);
                header.writeUTF(id);
                position += header.size();
            }
            for (Map.Entry<String, Supplier<String[]>> e : entries.entrySet()) {
                if (reuse && e.getValue() instanceof StoredMarkdown stored && stored.channel() == current.channel()) {
                    where.put(e.getKey(), new Entry(stored.offset(), stored.length()));
                    continue;
                }
                byte[] bytes = bytes(e.getValue());
                where.put(e.getKey(), new Entry(position, bytes.length));
                out.write(bytes);
                position += bytes.length;
            }
            return new Saved(file, id, position);
        }
    }

    /** A store as saved: its file, id and length. */
    record Saved(Path file, String id, long length) {
    }

    /** Deletes the stores of the folder but this one: older ones, or one a stopped save left. */
    static void deleteOthers(Path folder, Path keep) {
        try (DirectoryStream<Path> stores = Files.newDirectoryStream(folder, "markdown-*.bin")) {
            for (Path store : stores) {
                if (!store.equals(keep)) {
                    Files.deleteIfExists(store);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // left for the next save
        }
    }

    static String fileName(String id) {
        return "markdown-" + id + ".bin";
    }

    /** An entry's bytes: two texts, each after its length. */
    private static byte[] bytes(Supplier<String[]> entry) throws IOException {
        if (entry instanceof StoredMarkdown stored) {
            byte[] raw = stored.raw();
            if (raw == null) {
                throw new IOException("the cache file changed while the build ran");
            }
            return raw;
        }
        // Made at its size: a full build saves 10,000 of these, each the HTML of a post.
        String[] texts = entry.get();
        byte[] first = texts[0].getBytes(StandardCharsets.UTF_8);
        byte[] second = texts[1].getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(8 + first.length + second.length);
        bytes.putInt(first.length).put(first).putInt(second.length).put(second);
        return bytes.array();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
