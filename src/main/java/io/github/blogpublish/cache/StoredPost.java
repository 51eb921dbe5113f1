package io.github.blogpublish.cache;

import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.Severity;
import io.github.blogpublish.problem.SourceLocation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.github.blogpublish.cache.CacheCodec.string;

/**
 * A checked post as the cache holds it: read from the cache file as its bytes, decoded when a build first asks for
 * it (by the front matter stage's threads, side by side, not while the file is loaded on one), and saved as those
 * same bytes when the post did not change: a one-post re-run does not encode the 9,999 others again.
 */
final class StoredPost {

    private final byte[] encoded;
    private volatile BuildCache.CheckedPost decoded;
    /** Set when the bytes turned out damaged: the post is then checked again, and not saved. */
    private volatile boolean damaged;

    private StoredPost(byte[] encoded, BuildCache.CheckedPost decoded) {
        this.encoded = encoded;
        this.decoded = decoded;
    }

    /** A post this build checked. */
    static StoredPost of(BuildCache.CheckedPost post) {
        return new StoredPost(null, post);
    }

    /** A post as the cache file holds it, decoded when first asked for. */
    static StoredPost read(byte[] encoded) {
        return new StoredPost(encoded, null);
    }

    /** The post, or null when its bytes are damaged (a damaged file never gives a wrong post, only a check again). */
    BuildCache.CheckedPost post() {
        BuildCache.CheckedPost post = decoded;
        if (post == null && !damaged) {
            try {
                post = decode(encoded);
                decoded = post;
            } catch (IOException | RuntimeException e) {
                damaged = true;
            }
        }
        return post;
    }

    /** The bytes to save: those it was read from, or the post encoded now; null when damaged. */
    byte[] encoded() throws IOException {
        if (encoded != null) {
            return damaged ? null : encoded;
        }
        return encode(decoded);
    }

    private static byte[] encode(BuildCache.CheckedPost post) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            CacheCodec.writePost(out, post.post());
            out.writeInt(post.warnings().size());
            for (Problem w : post.warnings()) {
                out.writeBoolean(w.isError());
                out.writeUTF(w.rule().id());
                out.writeUTF(w.location().file().toString());
                out.writeInt(w.location().line());
                out.writeInt(w.location().column());
                string(out, w.message());
                string(out, w.hint());
            }
        }
        return bytes.toByteArray();
    }

    private static BuildCache.CheckedPost decode(byte[] encoded) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded));
        io.github.blogpublish.model.Post post = CacheCodec.readPost(in);
        List<Problem> warnings = new ArrayList<>();
        for (int w = in.readInt(); w > 0; w--) {
            Severity severity = in.readBoolean() ? Severity.ERROR : Severity.WARNING;
            String id = in.readUTF();
            Rule rule = Rule.of(id).orElseThrow(() -> new IOException("damaged cache: no rule " + id));
            warnings.add(new Problem(severity, rule, SourceLocation.at(Path.of(in.readUTF()), in.readInt(),
                    in.readInt()), string(in), string(in)));
        }
        if (in.available() != 0) {
            throw new IOException("damaged cache: a post's entry is longer than the post");
        }
        return new BuildCache.CheckedPost(post, warnings);
    }
}
