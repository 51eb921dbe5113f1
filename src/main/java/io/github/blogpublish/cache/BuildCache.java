package io.github.blogpublish.cache;

import io.github.blogpublish.cache.StageCache.Source;
import io.github.blogpublish.cache.StageCache.Written;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.template.Hashes;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one build can hand to the next ({@code blog:serve} in memory, {@code site-publish} through
 * {@link CacheFile}): checked posts, rendered Markdown, pages and search index entries, each under a key made
 * from everything its result depends on; how each post file and each written file was found, so that unchanged
 * ones are neither read nor written again. Entries no build asked for are dropped. Safe for the parallel stages.
 */
public final class BuildCache implements SiteCache {

    /** A post as its check left it, with the warnings the check gave (reported again when it is reused). */
    record CheckedPost(Post post, java.util.List<io.github.blogpublish.problem.Problem> warnings) {
    }

    private final Map<String, StoredPost> posts = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger postHits = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger bodyHits = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger pageHits = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Reuse lastReuse = new Reuse(0, 0, 0);

    /**
     * What the last build took from earlier ones instead of doing again.
     *
     * @param posts  posts not checked again
     * @param bodies post bodies not rendered again (Markdown and code highlighting)
     * @param pages  pages (of posts, lists, the sitemap, ...) not rendered again through their layouts
     */
    public record Reuse(int posts, int bodies, int pages) {
    }

    private volatile boolean loaded;

    /** Whether this cache was read from the file an earlier build saved (not a new, empty one). */
    public boolean loaded() {
        return loaded;
    }

    void markLoaded() {
        loaded = true;
    }

    /** What the build that ended last reused. */
    public Reuse lastReuse() {
        return lastReuse;
    }
    /**
     * Rendered Markdown by key: its HTML and excerpt, or where the cache file holds them (read when a build first
     * asks for a post's text; null when the file cannot give it any more).
     */
    private final Map<String, Supplier<String[]>> markdown = new ConcurrentHashMap<>();
    /** The keys of checked posts and of Markdown this build used; {@link #sweep()} drops the others. */
    private final java.util.Set<String> usedPosts = ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> usedMarkdown = ConcurrentHashMap.newKeySet();
    private final Map<String, LinkScan> linkScans = new ConcurrentHashMap<>();
    private final TrackedMap fragments = new TrackedMap(null, key -> null);

    /**
     * A page of the last build that the cache file does not hold, only its checksum and link scan: its bytes are
     * the file the build wrote ({@link KeptPages}).
     */
    public record KeptPage(String checksum, LinkScan scan) {
    }

    private volatile Map<String, Written> written = Map.of();
    private final KeptPages kept = new KeptPages(pageHits, linkScans, () -> written);

    @Override
    public void siteDirectory(java.nio.file.Path directory, boolean readBack) {
        kept.siteDirectory(directory, readBack);
    }

    /** The pages of the last build that the cache file holds by checksum, by key. */
    public Map<String, KeptPage> keptPages() {
        return kept.byKey();
    }

    void keepPage(String key, String checksum, LinkScan scan) {
        kept.byKey().put(key, new KeptPage(checksum, scan));
    }

    @Override
    public io.github.blogpublish.output.PageStore pageStore() {
        return kept;
    }


    private volatile String keyBasis = "";
    private volatile String nextKeyBasis = "";

    /** What the recorded post keys were made under (source folder and fingerprint); empty for nothing known. */
    String keyBasis() {
        return keyBasis;
    }

    void keyBasis(String basis) {
        keyBasis = basis;
    }

    @Override
    public boolean keysMadeUnder(String basis) {
        nextKeyBasis = basis;
        return basis.equals(keyBasis);
    }

    @Override
    public boolean keeps() {
        return true;
    }

    private volatile Map<String, Source> sources = Map.of();
    private final Map<String, Source> nextSources = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger unread = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int lastUnread;

    @Override
    public Source source(String relativePath) {
        return sources.get(relativePath);
    }

    @Override
    public void source(String relativePath, Source source) {
        nextSources.put(relativePath, source);
    }

    /** The files as the last build found them, by path; for saving. */
    Map<String, Source> sources() {
        return sources;
    }

    void sources(Map<String, Source> loaded) {
        sources = Map.copyOf(loaded);
    }

    /** How many post files the last build did not read again. */
    public int lastUnread() {
        return lastUnread;
    }

    @Override
    public Optional<Post> unreadPost(String key, io.github.blogpublish.problem.Problems problems) {
        Optional<Post> post = checked(key, problems);
        post.ifPresent(p -> unread.incrementAndGet());
        return post;
    }

    /** The post checked before under this key, marked used and its warnings added to {@code problems} again. */
    private Optional<Post> checked(String key, io.github.blogpublish.problem.Problems problems) {
        StoredPost stored = posts.get(key);
        CheckedPost cached = stored == null ? null : stored.post();
        if (cached == null) {
            return Optional.empty();
        }
        usedPosts.add(key);
        postHits.incrementAndGet();
        problems.addAll(cached.warnings());
        return Optional.of(cached.post());
    }

    @Override
    public Map<String, Written> written() {
        return written;
    }

    @Override
    public void written(Map<String, Written> files) {
        written = Map.copyOf(files);
    }

    private volatile LinkVerdicts linkVerdicts = LinkVerdicts.NONE;

    @Override
    public LinkVerdicts linkVerdicts() {
        return linkVerdicts;
    }

    @Override
    public void linkVerdicts(LinkVerdicts verdicts) {
        linkVerdicts = verdicts;
    }

    @Override
    public Map<String, LinkScan> linkScans() {
        return linkScans;
    }

    /** Rendered pages held with their bytes, by a key of everything they depend on. */
    Map<String, byte[]> pages() {
        return kept.pages();
    }

    @Override
    public Map<String, byte[]> fragments() {
        return fragments;
    }


    @Override
    public Optional<Post> post(String key, io.github.blogpublish.problem.Problems problems,
                        java.util.function.Function<io.github.blogpublish.problem.Problems, Optional<Post>> check) {
        Optional<Post> kept = checked(key, problems);
        if (kept.isPresent()) {
            return kept;
        }
        usedPosts.add(key);
        io.github.blogpublish.problem.Problems own = problems.fresh();
        Optional<Post> post = check.apply(own);
        java.util.List<io.github.blogpublish.problem.Problem> found = own.sorted();
        problems.addAll(found);
        post.ifPresent(p -> posts.put(key, StoredPost.of(new CheckedPost(p, found))));
        return post;
    }

    @Override
    public RenderedPost markdown(Post post, Supplier<String> bodyDigest, String separator,
                                 Supplier<RenderedPost> render) {
        String key = Hashes.key(post.frontMatter().get("excerpt"), post.frontMatter().get("excerpt_separator"),
                separator, bodyDigest.get());
        usedMarkdown.add(key);
        Supplier<String[]> kept = markdown.get(key);
        if (kept != null) {
            bodyHits.incrementAndGet();
            // Taken when the build first reads the text; rendered again if the cache file cannot give it.
            return RenderedPost.later(post, () -> {
                String[] texts = kept.get();
                return texts != null ? texts : renderAndKeep(key, render);
            }, key);
        }
        String[] texts = renderAndKeep(key, render);
        return new RenderedPost(post, texts[0], texts[1], key);
    }

    private String[] renderAndKeep(String key, Supplier<RenderedPost> render) {
        RenderedPost rendered = render.get();
        String[] texts = {rendered.content(), rendered.excerpt()};
        markdown.put(key, () -> texts);
        return texts;
    }

    /**
     * This plugin build: its version and, for a snapshot, its jar's size and time (unknown: a value never met again).
     * What the build keeps is kept under it; so are blog:validate's reports.
     */
    public static String pluginBuild(String pluginVersion) {
        return CacheFile.identity(pluginVersion);
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

    void putPost(String key, StoredPost post) {
        posts.put(key, post);
    }

    /** Rendered Markdown that the cache file holds, read when asked for; the supplier gives null when it cannot. */
    void putMarkdown(String key, Supplier<String[]> stored) {
        markdown.put(key, stored);
    }

    private volatile java.io.Closeable storage;

    /** The open cache file that Markdown is read from; closed before the file is replaced. */
    void storage(java.io.Closeable file) {
        storage = file;
    }

    java.io.Closeable storage() {
        return storage;
    }

    void putFragment(String key, byte[] fragment) {
        fragments.load(key, fragment);
    }

    /** The checked posts, sorted by key so that the saved file is the same for the same build. */
    Map<String, StoredPost> postEntries() {
        return new java.util.TreeMap<>(posts);
    }

    Map<String, Supplier<String[]>> markdownEntries() {
        return new java.util.TreeMap<>(markdown);
    }

    @Override
    public void sweep() {
        posts.keySet().retainAll(usedPosts);
        markdown.keySet().retainAll(usedMarkdown);
        kept.sweep();
        fragments.sweep();
        sources = Map.copyOf(nextSources);
        keyBasis = nextKeyBasis;
        nextSources.clear();
        lastUnread = unread.getAndSet(0);
        usedPosts.clear();
        usedMarkdown.clear();
        lastReuse = new Reuse(postHits.getAndSet(0), bodyHits.getAndSet(0), pageHits.getAndSet(0));
    }
}
