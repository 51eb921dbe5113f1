package io.github.blogpublish.build;

import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.template.Hashes;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one build can hand to the next, for {@code blog:serve}: checked posts and rendered Markdown, each
 * under a key made from everything its result depends on (the file's text, the settings, the layout names and
 * schemas; the Markdown body). An unchanged post is neither checked nor rendered again, while every page,
 * list and feed is still made from the current posts. Entries of files that no longer exist are dropped.
 * Safe for the parallel stages.
 */
public final class BuildCache {

    private final Map<String, Post> posts = new ConcurrentHashMap<>();
    private final Map<String, String[]> markdown = new ConcurrentHashMap<>();
    private final Map<String, Boolean> used = new ConcurrentHashMap<>();
    private final Map<String, byte[]> pages = new Tracked();
    private final Map<byte[], LinkCheck.Scan> linkScans = new ConcurrentHashMap<>();

    /** The link check's scans of the last build's pages, by the very arrays of those pages. */
    Map<byte[], LinkCheck.Scan> linkScans() {
        return linkScans;
    }

    /** Rendered post pages by a key of everything they depend on. */
    Map<String, byte[]> pages() {
        return pages;
    }

    /** Notes which page keys the build used, so {@link #sweep()} drops pages no build asks for any more. */
    private final class Tracked extends ConcurrentHashMap<String, byte[]> {
        private static final long serialVersionUID = 1L;

        @Override
        public byte[] get(Object key) {
            used.put("g" + key, Boolean.TRUE);
            return super.get(key);
        }

        @Override
        public byte[] put(String key, byte[] value) {
            used.put("g" + key, Boolean.TRUE);
            return super.put(key, value);
        }
    }
    /** The post checked before under this key, or the one {@code check} gives now (then kept). */
    Optional<Post> post(String key, Supplier<Optional<Post>> check) {
        used.put("p" + key, Boolean.TRUE);
        Post cached = posts.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Post> post = check.get();
        post.ifPresent(p -> posts.put(key, p));
        return post;
    }

    /** The HTML and excerpt rendered before for this body, or the ones {@code render} gives now. */
    RenderedPost markdown(Post post, String body, String separator, Supplier<RenderedPost> render) {
        String key = Hashes.sha256(post.frontMatter().get("excerpt") + "\u0000" + post.frontMatter().get("excerpt_separator")
                + "\u0000" + separator + "\u0000" + body);
        used.put("m" + key, Boolean.TRUE);
        String[] cached = markdown.get(key);
        if (cached != null) {
            return new RenderedPost(post, cached[0], cached[1]);
        }
        RenderedPost rendered = render.get();
        markdown.put(key, new String[] {rendered.content(), rendered.excerpt()});
        return rendered;
    }

    /** Forgets what the last build did not use (deleted or changed files), so the cache stays the site's size. */
    void sweep() {
        posts.keySet().removeIf(key -> !used.containsKey("p" + key));
        markdown.keySet().removeIf(key -> !used.containsKey("m" + key));
        pages.keySet().removeIf(key -> !used.containsKey("g" + key));
        used.clear();
    }
}
