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

    /** A post as its check left it, with the warnings the check gave (reported again when it is reused). */
    record CheckedPost(Post post, java.util.List<io.github.blogpublish.problem.Problem> warnings) {
    }

    private final Map<String, CheckedPost> posts = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger postHits = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger bodyHits = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger pageHits = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Reuse lastReuse = new Reuse(0, 0, 0);

    /**
     * What the last build took from earlier ones instead of doing again.
     *
     * @param posts  posts not checked again
     * @param bodies post bodies not rendered again (Markdown and code highlighting)
     * @param pages  post pages not rendered again through their layouts
     */
    public record Reuse(int posts, int bodies, int pages) {
    }

    /** What the build that ended last reused. */
    public Reuse lastReuse() {
        return lastReuse;
    }
    private final Map<String, String[]> markdown = new ConcurrentHashMap<>();
    private final Map<String, Boolean> used = new ConcurrentHashMap<>();
    private final Map<String, byte[]> pages = new Tracked();
    private final Map<byte[], LinkCheck.Scan> linkScans = new ConcurrentHashMap<>();

    /**
     * A file the last build wrote into the site: a digest of its bytes, and its size, time and identity as it was
     * left (a hard link or rename keeps them; an edit by hand does not).
     */
    record Written(String digest, long size, long modified, String fileKey) {

        /** Whether the file at this path is still the one recorded. */
        boolean isStill(java.nio.file.attribute.BasicFileAttributes now) {
            return now.isRegularFile() && now.size() == size
                    && now.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) == modified
                    && String.valueOf(now.fileKey()).equals(fileKey);
        }

        static Written of(String digest, java.nio.file.attribute.BasicFileAttributes file) {
            return new Written(digest, file.size(), file.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                    String.valueOf(file.fileKey()));
        }
    }

    private volatile Map<String, Written> written = Map.of();

    /** What the last build wrote, by path in the site. */
    Map<String, Written> written() {
        return written;
    }

    /** Records what this build wrote, once the site is in place. */
    void written(Map<String, Written> files) {
        written = Map.copyOf(files);
    }

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
            byte[] page = super.get(key);
            if (page != null) {
                pageHits.incrementAndGet();
            }
            return page;
        }

        @Override
        public byte[] put(String key, byte[] value) {
            used.put("g" + key, Boolean.TRUE);
            return super.put(key, value);
        }
    }
    /**
     * The post checked before under this key, its warnings added to {@code problems} again, or the one
     * {@code check} gives now (then kept with its warnings).
     */
    Optional<Post> post(String key, io.github.blogpublish.problem.Problems problems,
                        java.util.function.Function<io.github.blogpublish.problem.Problems, Optional<Post>> check) {
        used.put("p" + key, Boolean.TRUE);
        CheckedPost cached = posts.get(key);
        if (cached != null) {
            postHits.incrementAndGet();
            problems.addAll(cached.warnings());
            return Optional.of(cached.post());
        }
        io.github.blogpublish.problem.Problems own = new io.github.blogpublish.problem.Problems();
        Optional<Post> post = check.apply(own);
        java.util.List<io.github.blogpublish.problem.Problem> found = own.sorted();
        problems.addAll(found);
        post.ifPresent(p -> posts.put(key, new CheckedPost(p, found)));
        return post;
    }

    /** The HTML and excerpt rendered before for this body, or the ones {@code render} gives now. */
    RenderedPost markdown(Post post, String body, String separator, Supplier<RenderedPost> render) {
        String key = Hashes.sha256(post.frontMatter().get("excerpt"), post.frontMatter().get("excerpt_separator"),
                separator, body);
        used.put("m" + key, Boolean.TRUE);
        String[] cached = markdown.get(key);
        if (cached != null) {
            bodyHits.incrementAndGet();
            return new RenderedPost(post, cached[0], cached[1], key);
        }
        RenderedPost rendered = render.get();
        markdown.put(key, new String[] {rendered.content(), rendered.excerpt()});
        return new RenderedPost(post, rendered.content(), rendered.excerpt(), key);
    }

    /**
     * The cache a build of this plugin version saved at {@code file}; empty when there is none, it is of another
     * version, or it cannot be read (the build is then a full one).
     */
    public static BuildCache load(java.nio.file.Path file, String pluginVersion) {
        return CacheFile.load(file, pluginVersion);
    }

    /** Saves what the last build used, for the next build. */
    public void save(java.nio.file.Path file, String pluginVersion) throws java.io.IOException {
        CacheFile.save(this, file, pluginVersion);
    }

    void putPost(String key, CheckedPost post) {
        posts.put(key, post);
    }

    void putMarkdown(String key, String content, String excerpt) {
        markdown.put(key, new String[] {content, excerpt});
    }

    void putPage(String key, byte[] page) {
        pages.put(key, page);
        used.remove("g" + key);
    }

    /** The checked posts, sorted by key so that the saved file is the same for the same build. */
    Map<String, CheckedPost> postEntries() {
        return new java.util.TreeMap<>(posts);
    }

    Map<String, String[]> markdownEntries() {
        return new java.util.TreeMap<>(markdown);
    }

    /** Forgets what the last build did not use (deleted or changed files), so the cache stays the site's size. */
    void sweep() {
        posts.keySet().removeIf(key -> !used.containsKey("p" + key));
        markdown.keySet().removeIf(key -> !used.containsKey("m" + key));
        pages.keySet().removeIf(key -> !used.containsKey("g" + key));
        used.clear();
        lastReuse = new Reuse(postHits.getAndSet(0), bodyHits.getAndSet(0), pageHits.getAndSet(0));
    }
}
