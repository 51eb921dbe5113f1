package io.github.blogpublish.cache;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lengths in the cache file: a damaged one is refused before anything of that size is made. */
class CacheCodecTest {

    private static DataInputStream stream(int length, byte... after) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(length);
            out.write(after);
        }
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void bytesAfterTheirLengthComeBackAsWritten() throws IOException {
        assertArrayEquals(new byte[] {7, 8, 9}, CacheCodec.bytes(stream(3, (byte) 7, (byte) 8, (byte) 9)));
        assertEquals("한", CacheCodec.string(stream(3, "한".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void aDamagedLengthIsRefusedWithoutMakingAnArrayOfThatSize() {
        // A search index entry's length read from a damaged file could ask for an array of up to 2 GB: an
        // OutOfMemoryError on a smaller heap, which the load (it turns an IOException into an empty cache) let through.
        for (int length : new int[] {-1, Integer.MAX_VALUE, 64 * 1024 * 1024 + 1}) {
            IOException e = assertThrows(IOException.class, () -> CacheCodec.bytes(stream(length)));
            assertTrue(e.getMessage().startsWith("damaged cache"), e.getMessage());
        }
    }
}
