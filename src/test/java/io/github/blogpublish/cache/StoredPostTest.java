package io.github.blogpublish.cache;

import io.github.blogpublish.model.Post;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A checked post kept by the cache as its bytes: read back as it was checked, and never trusted when damaged. */
class StoredPostTest {

    private static BuildCache.CheckedPost checked(String title) {
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        frontMatter.put("title", title);
        frontMatter.put("tags", List.of("자바", "maven"));
        frontMatter.put("series", Map.of("part", 2));
        Post post = new Post(Path.of("/blog/_posts/2024-03-01-hello.md").toAbsolutePath(), "_posts/2024-03-01-hello.md",
                "hello", title, ZonedDateTime.of(2024, 3, 1, 9, 30, 0, 0, ZoneId.of("Asia/Seoul")), List.of("dev"),
                List.of("자바", "maven"), Optional.of("post"), "/dev/2024/03/01/hello.html", "", 5, frontMatter, false,
                true);
        Problem warning = Problem.warning(Rule.values()[0], SourceLocation.at(post.source(), 3, 7),
                "a warning the check gave", "what to write instead");
        return new BuildCache.CheckedPost(post, List.of(warning));
    }

    @Test
    void aSavedPostIsReadBackAsItWasCheckedAndSavedAgainAsTheSameBytes() throws Exception {
        BuildCache.CheckedPost original = checked("안녕하세요, Maven");
        byte[] saved = StoredPost.of(original).encoded();

        StoredPost read = StoredPost.read(saved);
        assertEquals(original, read.post());
        assertArrayEquals(saved, read.encoded(), "an unchanged post is saved as the bytes it was read from");
    }

    @Test
    void aDamagedEntryIsNeitherUsedNorSavedButCheckedAgain() throws Exception {
        byte[] saved = StoredPost.of(checked("Hello")).encoded();
        for (byte[] damaged : List.of(Arrays.copyOf(saved, saved.length / 2), Arrays.copyOf(saved, saved.length + 1),
                new byte[] {1, 2, 3})) {
            StoredPost read = StoredPost.read(damaged);
            assertNull(read.post(), "bytes that do not read as exactly one post give none");
            assertNull(read.encoded(), "a damaged entry is left out of the next save");

            BuildCache cache = new BuildCache();
            cache.putPost("key", StoredPost.read(damaged));
            assertTrue(cache.unreadPost("key", new Problems()).isEmpty(), "the file is read again instead");
            AtomicInteger checks = new AtomicInteger();
            BuildCache.CheckedPost fresh = checked("Checked again");
            Optional<Post> post = cache.post("key", new Problems(), problems -> {
                checks.incrementAndGet();
                return Optional.of(fresh.post());
            });
            assertEquals(1, checks.get(), "the post is checked again");
            assertEquals(fresh.post(), post.orElseThrow());
            assertNotNull(cache.postEntries().get("key").encoded(), "and the new check is what the next save keeps");
        }
    }
}
