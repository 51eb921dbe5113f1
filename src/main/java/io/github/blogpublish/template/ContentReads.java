package io.github.blogpublish.template;

import io.github.blogpublish.model.RenderedPost;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which posts' {@code content} or {@code excerpt} a render read, as items of {@code site.posts} (and the lists that
 * hold the same items: {@code paginator.posts}, a tag's posts). A page that shows the text of the ten posts it lists
 * depends on those ten, not on all the others: the incremental build keys such a page by the posts it read.
 * Recorded on the rendering thread (a render runs on one); a render within a render adds its reads to the outer one's.
 */
public final class ContentReads {

    /** The posts read so far by the recording on this thread (a rendered post is its own identity), or null. */
    private static final ThreadLocal<Set<RenderedPost>> READS = new ThreadLocal<>();

    private ContentReads() {
    }

    /** What {@code work} made, and the posts whose text it read, in the order it first read them. */
    public record Recorded<T>(T value, List<RenderedPost> read) {
    }

    /** Runs {@code work} on this thread, noting the posts whose content or excerpt it reads. */
    public static <T> Recorded<T> recording(Supplier<T> work) {
        Set<RenderedPost> outer = READS.get();
        Set<RenderedPost> reads = new LinkedHashSet<>();
        READS.set(reads);
        try {
            T value = work.get();
            return new Recorded<>(value, List.copyOf(reads));
        } finally {
            READS.set(outer);
            if (outer != null) {
                outer.addAll(reads);
            }
        }
    }

    /** Notes that the text of this post was read, when a recording runs on this thread. */
    static void read(RenderedPost post) {
        Set<RenderedPost> reads = READS.get();
        if (reads != null) {
            reads.add(post);
        }
    }
}
