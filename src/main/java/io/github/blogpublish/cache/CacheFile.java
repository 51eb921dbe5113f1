package io.github.blogpublish.cache;

import io.github.blogpublish.cache.StageCache.Source;
import io.github.blogpublish.cache.StageCache.Written;
import io.github.blogpublish.files.FileStamp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import static io.github.blogpublish.cache.CacheCodec.string;

/**
 * A {@link BuildCache} on disk ({@code target/blog-cache/cache.bin}), so that {@code mvn site-publish} can skip
 * what the last build already did. The file starts with the plugin version: another version, a damaged or
 * unreadable file gives an empty cache (a full build), never a wrong site; a post's entry that does not decode when
 * a build asks for it gives that post checked again ({@link StoredPost}). It is written next to its place and then
 * moved, so a build killed while saving leaves the old file or none. After the version come, in this order: checked
 * posts (each entry's bytes after their length), the {@link MarkdownStore} of the rendered Markdown (its file, id
 * and length) and where each entry lies in it, pages by checksum, search index entries, post files as found, the
 * key basis, the link check's verdicts and the files written; each section is its entries' count, then the
 * entries, sorted by key so that the same build saves the same file.
 */
final class CacheFile {

    private static final String MAGIC = "blog-maven-plugin cache 17";

    private CacheFile() {
    }

    /** The cache saved by the last build of this plugin version, or an empty one. */
    static BuildCache load(Path file, String pluginVersion) {
        BuildCache cache = new BuildCache();
        if (!Files.isRegularFile(file)) {
            return cache;
        }
        MarkdownStore store = null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !identity(pluginVersion).equals(in.readUTF())) {
                return cache;
            }
            readPosts(in, cache);
            // Rendered Markdown, the most of the cache, lies in a file of its own, read when a build asks for a
            // post's text: a re-run needs few.
            store = MarkdownStore.open(file.getParent(), in.readUTF(), in.readUTF(), in.readLong());
            if (store == null) {
                return new BuildCache();
            }
            cache.storage(store);
            readMarkdown(in, store, cache);
            readPages(in, cache);
            for (int n = in.readInt(); n > 0; n--) {
                cache.putFragment(in.readUTF(), CacheCodec.bytes(in));
            }
            Map<String, Source> sources = new java.util.HashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                sources.put(string(in), new Source(FileStamp.read(in), in.readUTF(), in.readUTF(),
                        in.readBoolean(), in.readUTF()));
            }
            cache.sources(sources);
            cache.keyBasis(in.readUTF());
            readLinkVerdicts(in, cache);
            Map<String, Written> written = new java.util.HashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                written.put(string(in), new Written(in.readUTF(), FileStamp.read(in)));
            }
            cache.written(written);
            cache.markLoaded();
            return cache;
        } catch (IOException | RuntimeException damaged) {
            closeQuietly(store);
            return new BuildCache();
        }
    }

    /** Each post as its bytes, decoded when a build asks for it ({@link StoredPost}). */
    private static void readPosts(DataInputStream in, BuildCache cache) throws IOException {
        for (int n = in.readInt(); n > 0; n--) {
            String key = in.readUTF();
            cache.putPost(key, StoredPost.read(CacheCodec.bytes(in)));
        }
    }

    /** Where each entry lies in the store; an entry beyond the end it had when saved is damage. */
    private static void readMarkdown(DataInputStream in, MarkdownStore store, BuildCache cache) throws IOException {
        long end = store.channel().size();
        for (int n = in.readInt(); n > 0; n--) {
            String key = in.readUTF();
            long offset = in.readLong();
            int length = in.readInt();
            if (offset < 0 || length < 0 || offset + length > end) {
                throw new IOException("damaged cache: an entry lies beyond its store");
            }
            cache.putMarkdown(key, new StoredMarkdown(store.channel(), offset, length));
        }
    }

    /** Pages by their checksum alone: their bytes are read back from the site when they are reused. */
    private static void readPages(DataInputStream in, BuildCache cache) throws IOException {
        for (int n = in.readInt(); n > 0; n--) {
            String key = in.readUTF();
            String checksum = in.readUTF();
            // The link check's scan of this very page, so a reused page is not scanned again.
            cache.keepPage(key, checksum, LinkScan.read(in));
        }
    }

    private static void readLinkVerdicts(DataInputStream in, BuildCache cache) throws IOException {
        String world = in.readUTF();
        java.util.Set<String> clean = new java.util.HashSet<>();
        for (int n = in.readInt(); n > 0; n--) {
            clean.add(string(in));
        }
        cache.linkVerdicts(new LinkVerdicts(world, java.util.Set.copyOf(clean)));
    }

    /** Saves what the last build used. */
    static void save(BuildCache cache, Path file, String pluginVersion) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        // The Markdown first, in its own file: the entries the store lacks, at its end.
        Map<String, Supplier<String[]>> markdown = cache.markdownEntries();
        Map<String, MarkdownStore.Entry> where = new TreeMap<>();
        MarkdownStore current = cache.storage() instanceof MarkdownStore store ? store : null;
        MarkdownStore.Saved saved = MarkdownStore.save(file.getParent(), current, markdown, where);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
            out.writeUTF(MAGIC);
            out.writeUTF(identity(pluginVersion));
            writePosts(out, cache);
            out.writeUTF(saved.file().getFileName().toString());
            out.writeUTF(saved.id());
            out.writeLong(saved.length());
            out.writeInt(where.size());
            for (Map.Entry<String, MarkdownStore.Entry> e : where.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue().offset());
                out.writeInt(e.getValue().length());
            }
            writePages(out, cache);
            Map<String, byte[]> fragments = new TreeMap<>(cache.fragments());
            out.writeInt(fragments.size());
            for (Map.Entry<String, byte[]> e : fragments.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
            writeSources(out, cache);
            out.writeUTF(cache.keyBasis());
            out.writeUTF(cache.linkVerdicts().world());
            List<String> clean = new ArrayList<>(cache.linkVerdicts().clean());
            clean.sort(null);
            out.writeInt(clean.size());
            for (String page : clean) {
                string(out, page);
            }
            Map<String, Written> written = new TreeMap<>(cache.written());
            out.writeInt(written.size());
            for (Map.Entry<String, Written> e : written.entrySet()) {
                string(out, e.getKey());
                out.writeUTF(e.getValue().digest());
                e.getValue().stamp().write(out);
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // The old store is closed before it is deleted (some systems cannot delete an open file); the entries are
        // then read from the store the new file names, where they were just written.
        closeQuietly(current);
        MarkdownStore.deleteOthers(file.getParent(), saved.file());
        FileChannel channel = FileChannel.open(saved.file(), StandardOpenOption.READ);
        cache.storage(new MarkdownStore(saved.file(), saved.id(), channel));
        where.forEach((key, at) -> cache.putMarkdown(key, new StoredMarkdown(channel, at.offset(), at.length())));
    }

    private static void writePosts(DataOutputStream out, BuildCache cache) throws IOException {
        List<Map.Entry<String, byte[]>> posts = new ArrayList<>();
        for (Map.Entry<String, StoredPost> e : cache.postEntries().entrySet()) { // sorted by key
            byte[] bytes = e.getValue().encoded();
            if (bytes != null) {
                posts.add(Map.entry(e.getKey(), bytes));
            }
        }
        out.writeInt(posts.size());
        for (Map.Entry<String, byte[]> e : posts) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().length);
            out.write(e.getValue());
        }
    }

    /** Pages by checksum and link scan alone: the ones held with their bytes, and the ones left in the site. */
    private static void writePages(DataOutputStream out, BuildCache cache) throws IOException {
        Map<String, BuildCache.KeptPage> pages = new TreeMap<>(cache.keptPages());
        cache.pages().forEach((key, bytes) -> {
            String checksum = io.github.blogpublish.template.Hashes.checksum(bytes);
            pages.put(key, new BuildCache.KeptPage(checksum, cache.linkScans().get(checksum)));
        });
        out.writeInt(pages.size());
        for (Map.Entry<String, BuildCache.KeptPage> e : pages.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue().checksum());
            LinkScan.write(out, e.getValue().scan());
        }
    }

    private static void writeSources(DataOutputStream out, BuildCache cache) throws IOException {
        Map<String, Source> sources = new TreeMap<>(cache.sources());
        out.writeInt(sources.size());
        for (Map.Entry<String, Source> e : sources.entrySet()) {
            Source s = e.getValue();
            string(out, e.getKey());
            s.stamp().write(out);
            out.writeUTF(s.postKey());
            out.writeUTF(s.bodyDigest());
            out.writeBoolean(s.bodyHasLiquid());
            out.writeUTF(s.headKey());
        }
    }

    /**
     * The version, and for a snapshot also the size and time of this plugin's jar: a rebuilt snapshot may render
     * differently under the same version.
     */
    static String identity(String pluginVersion) {
        String identity = pluginVersion;
        try {
            Path jar = Path.of(CacheFile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(jar)) {
                identity += "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
            } else {
                identity += "|classes " + Files.getLastModifiedTime(jar.resolve(
                        CacheFile.class.getName().replace('.', '/') + ".class")).toMillis();
            }
        } catch (Exception unknown) {
            identity += "|" + System.nanoTime(); // no way to tell: never reuse
        }
        return identity;
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException ignored) {
            // only read from
        }
    }
}
