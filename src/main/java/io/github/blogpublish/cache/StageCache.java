package io.github.blogpublish.cache;

import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.output.PageStore;
import io.github.blogpublish.problem.Problems;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What each stage asks of the incremental cache, one small interface per stage: "have I checked this post file
 * before?" (front matter), "have I rendered this body?" (Markdown), "which pages are kept?" (generate), "what did
 * the last link check find?" (links), "what did the last build write?" (write). A stage takes only its own.
 */
public final class StageCache {

    private StageCache() {
    }

    /**
     * A post file as the last build found it: size, time and identity, the key of its checked post, a digest of its
     * body with whether the body holds Liquid, and the key of the post but its body (made from its text before the
     * body). A file found the same again is not read: its bytes are the ones keyed then, as Git and make also
     * assume of a file whose size and time did not change.
     */
    public record Source(io.github.blogpublish.files.FileStamp stamp, String postKey, String bodyDigest,
                  boolean bodyHasLiquid, String headKey) {
    }

    /**
     * A file the last build wrote into the site: a checksum of its bytes ({@code Hashes.checksum}), and its size,
     * time and identity as it was left (a hard link or rename keeps them; an edit by hand does not).
     */
    public record Written(String digest, io.github.blogpublish.files.FileStamp stamp) {

        public static Written of(String digest, java.nio.file.attribute.BasicFileAttributes file) {
            return new Written(digest, io.github.blogpublish.files.FileStamp.of(file));
        }
    }

    /** The front matter stage's questions: post files and checked posts. */
    public interface Posts {

        /** Whether anything is kept between builds: without, a stage need not make keys nor stat files. */
        boolean keeps();

        /**
         * Whether the post keys recorded were made under this basis (source folder and settings' fingerprint);
         * the keys of this build are, and are recorded so when it ends.
         */
        boolean keysMadeUnder(String basis);

        /** The post file at this path as the last build found it; null when it had none there. */
        Source source(String relativePath);

        /** Notes how this build found a post file, for the next build. */
        void source(String relativePath, Source source);

        /**
         * The post checked before under this key, its warnings added to {@code problems} again, when its file was
         * not read again; empty when there is none (the caller then reads it).
         */
        Optional<Post> unreadPost(String key, Problems problems);

        /**
         * The post checked before under this key, its warnings added to {@code problems} again, or the one
         * {@code check} gives now (then kept with its warnings).
         */
        Optional<Post> post(String key, Problems problems, Function<Problems, Optional<Post>> check);
    }

    /** The Markdown stage's question. */
    public interface Bodies {

        /**
         * The HTML and excerpt rendered before for the body of this digest, or the ones {@code render} gives now.
         *
         * @param bodyDigest asked for only when something is kept
         */
        RenderedPost markdown(Post post, Supplier<String> bodyDigest, String separator, Supplier<RenderedPost> render);
    }

    /** The generate stage's questions. */
    public interface Pages {

        /** Whether anything is kept between builds: without, pages need no checksums nor keys. */
        boolean keeps();

        /** Pages by key, for the outputs: made earlier, or kept in the site folder; null when nothing is kept. */
        PageStore pageStore();

        /**
         * Parts of pages (search index entries) and compiled Sass files, by a key of what they are made from; null
         * when nothing is kept.
         */
        Map<String, byte[]> fragments();
    }

    /** The link check's questions. */
    public interface Links {

        /** The scans of the last build's pages by their checksums, replaced by this build's; null for none kept. */
        Map<String, LinkScan> linkScans();

        /** What the last build's link check found. */
        LinkVerdicts linkVerdicts();

        /** Records what this build's link check found. */
        void linkVerdicts(LinkVerdicts verdicts);
    }

    /** The write stage's questions. */
    public interface Writes {

        /** Whether anything is kept between builds: without, every file is compared with the site byte for byte. */
        boolean keeps();

        /** What the last build wrote, by path in the site. */
        Map<String, Written> written();

        /** Records what this build wrote, once the site is in place. */
        void written(Map<String, Written> files);
    }
}
