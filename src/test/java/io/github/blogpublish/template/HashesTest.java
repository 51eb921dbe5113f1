package io.github.blogpublish.template;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class HashesTest {

    @Test
    void aKeyIsOfItsPiecesWhereverTheyAreCut() {
        assertEquals(Hashes.key("post", "본문"), Hashes.key("post", "본문".getBytes(StandardCharsets.UTF_8)),
                "a text and its UTF-8 bytes are the same piece");
        assertNotEquals(Hashes.key("ab", "c"), Hashes.key("a", "bc"));
        assertNotEquals(Hashes.key("abc"), Hashes.key("abc", ""));
        assertNotEquals(Hashes.key((Object) null), Hashes.key(""));
        assertEquals(Hashes.checksum(List.of("a".getBytes(StandardCharsets.UTF_8), new byte[0])), Hashes.key("a", ""));
    }

    @Test
    void keysOfManySimilarTextsDiffer() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            keys.add(Hashes.key("item", "_posts/2022-10-01-post-" + i + ".md", i % 7));
        }
        assertEquals(200_000, keys.size());
    }
}
