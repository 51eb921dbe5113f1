package io.github.blogpublish.cache;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A page's link scan as the cache file keeps it: read back whole, written back as read, refused when damaged. */
class LinkScanTest {

    private static byte[] saved(LinkScan scan) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            LinkScan.write(out, scan);
        }
        return bytes.toByteArray();
    }

    private static LinkScan read(byte[] bytes) throws IOException {
        return LinkScan.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    @Test
    void aSavedScanReadsBackAndIsSavedAgainAsItWasRead() throws IOException {
        LinkScan made = new LinkScan(Set.of("목차", "top", "fn:1"), List.of("/2022/10/01/회고.html", "#top", "/tags/", "#top"));
        byte[] bytes = saved(made);
        LinkScan read = read(bytes);
        assertArrayEquals(bytes, saved(read), "never asked for: saved as read");
        assertEquals(made.ids(), read.ids());
        assertEquals(made.links(), read.links(), "in order, repeats kept");
        assertArrayEquals(bytes, saved(read), "asked for: the same bytes");
        assertEquals(List.of(), read(saved(new LinkScan(Set.of(), List.of()))).links());
        assertNull(read(saved(null)));
    }

    /** What the link check's digest of the site holds of a page: the same for the same ids, read or made. */
    @Test
    void theIdsBytesAreTheSameWhetherTheScanWasReadOrMadeAndDifferForOtherIds() throws IOException {
        LinkScan made = new LinkScan(Set.of("목차", "top", "fn:1"), List.of("/a/", "#top"));
        assertArrayEquals(made.idBytes(), read(saved(made)).idBytes());
        assertArrayEquals(made.idBytes(), new LinkScan(Set.of("fn:1", "top", "목차"), List.of()).idBytes(),
                "the links and the ids' order play no part");
        assertFalse(java.util.Arrays.equals(made.idBytes(), new LinkScan(Set.of("목차", "top"), List.of()).idBytes()));
        assertFalse(java.util.Arrays.equals(new LinkScan(Set.of("ab"), List.of()).idBytes(),
                new LinkScan(Set.of("a", "b"), List.of()).idBytes()));
    }

    /** Cut or changed anywhere, a saved scan is refused when the cache is read, or reads without failing. */
    @Test
    void aDamagedScanIsRefusedWhenReadNotWhenUsed() throws IOException {
        byte[] bytes = saved(new LinkScan(Set.of("a", "bb", "한글"), List.of("/x/", "/y.html#a", "#bb")));
        Random random = new Random(7);
        int refused = 0;
        for (int round = 0; round < 5_000; round++) {
            byte[] damaged = round % 2 == 0 ? java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length))
                    : bytes.clone();
            if (round % 2 == 1) {
                damaged[1 + random.nextInt(damaged.length - 1)] = (byte) random.nextInt(256);
            }
            LinkScan scan;
            try {
                scan = read(damaged);
            } catch (IOException expected) {
                refused++;
                continue;
            }
            if (scan != null) {
                scan.ids();
                scan.links();
            }
        }
        assertEquals(true, refused > 2_500, "every cut one at least: " + refused);
    }
}
