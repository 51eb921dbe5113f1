package io.github.blogpublish.cache;

import io.github.blogpublish.model.Post;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the pieces of the {@link CacheFile} are written: texts of any length, front matter values and posts (link
 * scans write themselves). A length or tag that a damaged file gives is refused before anything is made from it.
 */
final class CacheCodec {

    private CacheCodec() {
    }

    static void writePost(DataOutputStream out, Post post) throws IOException {
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
    static Post readPost(DataInputStream in) throws IOException {
        return new Post(Path.of(in.readUTF()), in.readUTF(), string(in), string(in), date(in),
                (List<String>) value(in), (List<String>) value(in), Optional.ofNullable((String) value(in)), string(in),
                string(in), in.readInt(), (Map<String, Object>) value(in), in.readBoolean(), in.readBoolean());
    }

    static ZonedDateTime date(DataInputStream in) throws IOException {
        java.time.Instant instant = java.time.Instant.ofEpochSecond(in.readLong(), in.readInt());
        return ZonedDateTime.ofInstant(instant, java.time.ZoneId.of(in.readUTF()));
    }

    /** Front matter values: what the YAML loader gives (text, numbers, booleans, lists, maps, null). */
    static void value(DataOutputStream out, Object value) throws IOException {
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

    static Object value(DataInputStream in) throws IOException {
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
    static int textLength(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 * 1024 * 1024) {
            throw new IOException("damaged cache: a text of " + length + " bytes");
        }
        return length;
    }

    /** Text of any length (writeUTF stops at 64 KB). */
    static void string(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(DataInputStream in) throws IOException {
        return new String(bytes(in), StandardCharsets.UTF_8);
    }

    /** Bytes after their length, as {@link #string(DataOutputStream, String)} and the entries of posts write them. */
    static byte[] bytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[textLength(in)];
        in.readFully(bytes);
        return bytes;
    }
}
