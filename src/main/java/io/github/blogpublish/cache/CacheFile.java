package io.github.blogpublish.cache;

import io.github.blogpublish.files.FileStamp;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.SourceLocation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link BuildCache} on disk ({@code target/blog-cache/cache.bin}), so that {@code mvn site-publish} can skip
 * what the last build already did. The file starts with the plugin version: another version, a damaged or
 * unreadable file gives an empty cache (a full build), never a wrong site. It is written next to its place and
 * then moved, so a build killed while saving leaves the old file or none.
 */
final class CacheFile {

    private static final String MAGIC = "blog-maven-plugin cache 13";

    private CacheFile() {
    }

    /** The cache saved by the last build of this plugin version, or an empty one. */
    static BuildCache load(Path file, String pluginVersion) {
        BuildCache cache = new BuildCache();
        if (!Files.isRegularFile(file)) {
            return cache;
        }
        java.nio.channels.FileChannel channel = null;
        try (Counting counting = new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
             DataInputStream in = new DataInputStream(counting)) {
            if (!MAGIC.equals(in.readUTF()) || !identity(pluginVersion).equals(in.readUTF())) {
                return cache;
            }
            for (int n = in.readInt(); n > 0; n--) {
                String key = in.readUTF();
                Post post = readPost(in);
                List<Problem> warnings = new ArrayList<>();
                for (int w = in.readInt(); w > 0; w--) {
                    warnings.add(Problem.warning(SourceLocation.at(Path.of(in.readUTF()), in.readInt(), in.readInt()),
                            string(in), string(in)));
                }
                cache.putPost(key, new BuildCache.CheckedPost(post, warnings));
            }
            // Rendered Markdown, most of the file, is read when a build asks for a post's text: a re-run needs few.
            channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ);
            cache.storage(channel);
            for (int n = in.readInt(); n > 0; n--) {
                String key = in.readUTF();
                long start = counting.position;
                for (int part = 0; part < 2; part++) {
                    in.skipNBytes(textLength(in));
                }
                cache.putMarkdown(key, new Stored(channel, start, (int) (counting.position - start)));
            }
            for (int n = in.readInt(); n > 0; n--) {
                // A page by its checksum alone: its bytes are read back from the site when it is reused.
                String key = in.readUTF();
                String checksum = in.readUTF();
                LinkScan scan = null;
                if (in.readBoolean()) {
                    // The link check's scan of this very page, so a reused page is not scanned again.
                    List<String> ids = new ArrayList<>();
                    for (int i = in.readInt(); i > 0; i--) {
                        ids.add(string(in));
                    }
                    List<String> links = new ArrayList<>();
                    for (int i = in.readInt(); i > 0; i--) {
                        links.add(string(in));
                    }
                    scan = new LinkScan(java.util.Set.copyOf(ids), List.copyOf(links));
                }
                cache.keepPage(key, checksum, scan);
            }
            for (int n = in.readInt(); n > 0; n--) {
                String key = in.readUTF();
                byte[] fragment = new byte[in.readInt()];
                in.readFully(fragment);
                cache.putFragment(key, fragment);
            }
            Map<String, StageCache.Source> sources = new java.util.HashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                sources.put(string(in), new StageCache.Source(FileStamp.read(in), in.readUTF(), in.readUTF(),
                        in.readBoolean(), in.readUTF()));
            }
            cache.sources(sources);
            cache.keyBasis(in.readUTF());
            String world = in.readUTF();
            java.util.Set<String> clean = new java.util.HashSet<>();
            for (int n = in.readInt(); n > 0; n--) {
                clean.add(string(in));
            }
            cache.linkVerdicts(new LinkVerdicts(world, java.util.Set.copyOf(clean)));
            Map<String, StageCache.Written> written = new java.util.HashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                written.put(string(in), new StageCache.Written(in.readUTF(), FileStamp.read(in)));
            }
            cache.written(written);
            cache.markLoaded();
            return cache;
        } catch (IOException | RuntimeException damaged) {
            closeQuietly(channel);
            return new BuildCache();
        }
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

    /** An input that counts the bytes read from it, for the offsets of stored Markdown. */
    private static final class Counting extends java.io.FilterInputStream {
        long position;

        Counting(java.io.InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                position += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            position += skipped;
            return skipped;
        }
    }

    /**
     * Rendered Markdown as the cache file holds it: two texts, each after its length, read when asked for. Null
     * when the file cannot give it (closed, or cut short): the build then renders the body again.
     */
    private record Stored(java.nio.channels.FileChannel channel, long offset, int length)
            implements java.util.function.Supplier<String[]> {

        /** The entry's bytes as saved; null when they cannot be read. */
        byte[] raw() {
            try {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(length);
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, offset + buffer.position()) < 0) {
                        return null;
                    }
                }
                return buffer.array();
            } catch (IOException | RuntimeException unreadable) {
                return null;
            }
        }

        @Override
        public String[] get() {
            byte[] raw = raw();
            if (raw == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(raw))) {
                String[] texts = {string(in), string(in)};
                return in.available() == 0 ? texts : null;
            } catch (IOException damaged) {
                return null;
            }
        }
    }

    /** Saves what the last build used. */
    static void save(BuildCache cache, Path file, String pluginVersion) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Map<String, long[]> offsets = new java.util.HashMap<>(); // where each Markdown entry lies in the new file
        long[] position = {0}; // bytes written so far (DataOutputStream's own count stops at 2 GB)
        java.io.OutputStream counted = new java.io.FilterOutputStream(
                new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                position[0]++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
                position[0] += length;
            }
        };
        try (DataOutputStream out = new DataOutputStream(counted)) {
            out.writeUTF(MAGIC);
            out.writeUTF(identity(pluginVersion));
            Map<String, BuildCache.CheckedPost> posts = cache.postEntries();
            out.writeInt(posts.size());
            for (Map.Entry<String, BuildCache.CheckedPost> e : posts.entrySet()) {
                out.writeUTF(e.getKey());
                writePost(out, e.getValue().post());
                out.writeInt(e.getValue().warnings().size());
                for (Problem w : e.getValue().warnings()) {
                    out.writeUTF(w.location().file().toString());
                    out.writeInt(w.location().line());
                    out.writeInt(w.location().column());
                    string(out, w.message());
                    string(out, w.hint());
                }
            }
            Map<String, java.util.function.Supplier<String[]>> markdown = cache.markdownEntries();
            out.writeInt(markdown.size());
            for (Map.Entry<String, java.util.function.Supplier<String[]>> e : markdown.entrySet()) {
                out.writeUTF(e.getKey());
                long start = position[0];
                if (e.getValue() instanceof Stored stored) {
                    byte[] bytes = stored.raw();
                    if (bytes == null) {
                        throw new IOException("the cache file changed while the build ran");
                    }
                    out.write(bytes); // as the old file held it: two texts, each after its length
                } else {
                    String[] texts = e.getValue().get();
                    string(out, texts[0]);
                    string(out, texts[1]);
                }
                offsets.put(e.getKey(), new long[] {start, position[0] - start});
            }
            // Pages by checksum and link scan alone: the ones held with their bytes, and the ones left in the site.
            Map<String, BuildCache.KeptPage> pages = new java.util.TreeMap<>(cache.keptPages());
            cache.pages().forEach((key, bytes) -> {
                String checksum = io.github.blogpublish.template.Hashes.checksum(bytes);
                pages.put(key, new BuildCache.KeptPage(checksum, cache.linkScans().get(checksum)));
            });
            out.writeInt(pages.size());
            for (Map.Entry<String, BuildCache.KeptPage> e : pages.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue().checksum());
                LinkScan scan = e.getValue().scan();
                out.writeBoolean(scan != null);
                if (scan != null) {
                    List<String> ids = new ArrayList<>(scan.ids());
                    ids.sort(null);
                    out.writeInt(ids.size());
                    for (String id : ids) {
                        string(out, id);
                    }
                    out.writeInt(scan.links().size());
                    for (String link : scan.links()) {
                        string(out, link);
                    }
                }
            }
            Map<String, byte[]> fragments = new java.util.TreeMap<>(cache.fragments());
            out.writeInt(fragments.size());
            for (Map.Entry<String, byte[]> e : fragments.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
            Map<String, StageCache.Source> sources = new java.util.TreeMap<>(cache.sources());
            out.writeInt(sources.size());
            for (Map.Entry<String, StageCache.Source> e : sources.entrySet()) {
                StageCache.Source s = e.getValue();
                string(out, e.getKey());
                s.stamp().write(out);
                out.writeUTF(s.postKey());
                out.writeUTF(s.bodyDigest());
                out.writeBoolean(s.bodyHasLiquid());
                out.writeUTF(s.headKey());
            }
            out.writeUTF(cache.keyBasis());
            out.writeUTF(cache.linkVerdicts().world());
            List<String> clean = new ArrayList<>(cache.linkVerdicts().clean());
            clean.sort(null);
            out.writeInt(clean.size());
            for (String page : clean) {
                string(out, page);
            }
            Map<String, StageCache.Written> written = new java.util.TreeMap<>(cache.written());
            out.writeInt(written.size());
            for (Map.Entry<String, StageCache.Written> e : written.entrySet()) {
                string(out, e.getKey());
                out.writeUTF(e.getValue().digest());
                e.getValue().stamp().write(out);
            }
        }
        // The old file is closed first (some systems cannot replace an open file); the entries are then read from
        // the new one, at the offsets just written.
        closeQuietly(cache.storage());
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ);
        cache.storage(channel);
        offsets.forEach((key, at) -> cache.putMarkdown(key, new Stored(channel, at[0], (int) at[1])));
    }

    /**
     * The version, and for a snapshot also the size and time of this plugin's jar: a rebuilt snapshot may render
     * differently under the same version.
     */
    private static String identity(String pluginVersion) {
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

    private static void writePost(DataOutputStream out, Post post) throws IOException {
        out.writeUTF(post.source().toString());
        out.writeUTF(post.relativePath());
        string(out, post.slug());
        string(out, post.title());
        // As instant and zone: parsing the text form back is most of what loading a post costs.
        out.writeLong(post.date().toEpochSecond());
        out.writeInt(post.date().getNano());
        out.writeUTF(post.date().getZone().getId());
        value(out, post.categories());
        value(out, post.tags());
        value(out, post.layout().orElse(null));
        string(out, post.url());
        string(out, ""); // the body is taken from the file again when the post is reused
        out.writeInt(post.bodyLine());
        value(out, post.frontMatter());
        out.writeBoolean(post.draft());
        out.writeBoolean(post.published());
    }

    @SuppressWarnings("unchecked")
    private static Post readPost(DataInputStream in) throws IOException {
        return new Post(Path.of(in.readUTF()), in.readUTF(), string(in), string(in), date(in),
                (List<String>) value(in), (List<String>) value(in), Optional.ofNullable((String) value(in)), string(in),
                string(in), in.readInt(), (Map<String, Object>) value(in), in.readBoolean(), in.readBoolean());
    }

    private static ZonedDateTime date(DataInputStream in) throws IOException {
        java.time.Instant instant = java.time.Instant.ofEpochSecond(in.readLong(), in.readInt());
        return ZonedDateTime.ofInstant(instant, java.time.ZoneId.of(in.readUTF()));
    }

    /** Front matter values: what the YAML loader gives (text, numbers, booleans, lists, maps, null). */
    private static void value(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte('N');
        } else if (value instanceof String s) {
            out.writeByte('S');
            string(out, s);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? 'T' : 'F');
        } else if (value instanceof Integer i) {
            out.writeByte('I');
            out.writeInt(i);
        } else if (value instanceof Long l) {
            out.writeByte('L');
            out.writeLong(l);
        } else if (value instanceof Double d) {
            out.writeByte('D');
            out.writeDouble(d);
        } else if (value instanceof BigInteger big) {
            out.writeByte('G');
            out.writeUTF(big.toString());
        } else if (value instanceof List<?> list) {
            out.writeByte('A');
            out.writeInt(list.size());
            for (Object item : list) {
                value(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte('M');
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                string(out, String.valueOf(e.getKey()));
                value(out, e.getValue());
            }
        } else {
            // Not a value the loader makes; the cache is useless for this build rather than wrong.
            throw new IOException("cannot cache a " + value.getClass().getName());
        }
    }

    private static Object value(DataInputStream in) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case 'N':
                return null;
            case 'S':
                return string(in);
            case 'T':
                return Boolean.TRUE;
            case 'F':
                return Boolean.FALSE;
            case 'I':
                return in.readInt();
            case 'L':
                return in.readLong();
            case 'D':
                return in.readDouble();
            case 'G':
                return new BigInteger(in.readUTF());
            case 'A': {
                int n = in.readInt();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(value(in));
                }
                return Collections.unmodifiableList(list);
            }
            case 'M': {
                int n = in.readInt();
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(string(in), value(in));
                }
                return Collections.unmodifiableMap(map);
            }
            default:
                throw new IOException("damaged cache: value tag " + tag);
        }
    }

    /** The length that stands before a text; a damaged file's is refused before anything that size is made. */
    private static int textLength(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 * 1024 * 1024) {
            throw new IOException("damaged cache: a text of " + length + " bytes");
        }
        return length;
    }

    /** Text of any length (writeUTF stops at 64 KB). */
    private static void string(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] bytes = new byte[textLength(in)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
