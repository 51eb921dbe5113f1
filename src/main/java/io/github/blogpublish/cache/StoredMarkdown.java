package io.github.blogpublish.cache;

import java.io.DataInputStream;
import java.io.IOException;

/**
 * Rendered Markdown as the cache's {@link MarkdownStore} holds it: two texts, each after its length, read when a
 * build asks for them (a re-run needs few). {@link #get()} gives null when the file cannot give them (closed, or cut
 * short): the build then renders the body again.
 */
record StoredMarkdown(java.nio.channels.FileChannel channel, long offset, int length)
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
            String[] texts = {CacheCodec.string(in), CacheCodec.string(in)};
            return in.available() == 0 ? texts : null;
        } catch (IOException damaged) {
            return null;
        }
    }
}
