package io.github.blogpublish.cache;

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
    private final Tracked pages = new Tracked(pageHits, this::fromSite);
    private final Tracked fragments = new Tracked(null, key -> null);

    /**
     * A page of the last build that the cache file does not hold, only its checksum and link scan: its bytes are
     * the file the build wrote. Reused, it stays there untouched when the site folder holds it as written, or is
     * read back and taken only if the checksum agrees.
     */
    public record KeptPage(String checksum, LinkScan scan) {
    }

    private final Map<String, KeptPage> kept = new ConcurrentHashMap<>();
    private volatile java.nio.file.Path site;
    private volatile boolean readBack = true;

    /**
     * The folder the build writes the site to, where the pages of the last build are.
     *
     * @param readBack whether a reused page must have its bytes (a build served from memory), rather than be left
     *                 in the folder when it is still as written there
     */
    public void siteDirectory(java.nio.file.Path directory, boolean readBack) {
        site = directory.toAbsolutePath().normalize();
        this.readBack = readBack;
    }

    /** The pages of the last build that the cache file holds by checksum, by key. */
    public Map<String, KeptPage> keptPages() {
        return kept;
    }

    void keepPage(String key, String checksum, LinkScan scan) {
        kept.put(key, new KeptPage(checksum, scan));
    }

    /** Pages by key, for the outputs: made earlier in this session, or kept in the site folder. */
    public io.github.blogpublish.output.PageStore pageStore() {
        return pageStore;
    }

    private final io.github.blogpublish.output.PageStore pageStore = new io.github.blogpublish.output.PageStore() {
        @Override
        public io.github.blogpublish.output.OutputFile find(String key, String path, java.nio.file.Path origin) {
            KeptPage page = readBack ? null : kept.get(key);
            if (page != null && page.scan() != null && asWritten(path, page.checksum())) {
                pages.used.add(key);
                pageHits.incrementAndGet();
                linkScans.put(page.checksum(), page.scan());
                return io.github.blogpublish.output.OutputFile.kept(path, page.checksum(), origin);
            }
            byte[] bytes = pages.get(key);
            return bytes == null ? null : new io.github.blogpublish.output.OutputFile(path, bytes, origin);
        }

        @Override
        public void keep(String key, byte[] page) {
            pages.put(key, page);
        }
    };

    /** Whether the site folder holds the file at {@code path} as the last build wrote it, with this checksum. */
    private boolean asWritten(String path, String checksum) {
        Written last = written.get(path);
        java.nio.file.Path file = inSite(path);
        if (last == null || file == null || !last.digest().equals(checksum)) {
            return false;
        }
        try {
            return last.stamp().matches(java.nio.file.Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        } catch (java.io.IOException | RuntimeException gone) {
            return false;
        }
    }

    /** The file at this path of the site folder; null when the path leads out of it. */
    private java.nio.file.Path inSite(String path) {
        java.nio.file.Path root = site;
        if (root == null) {
            return null;
        }
        java.nio.file.Path file = root.resolve(path).normalize();
        return file.startsWith(root) ? file : null;
    }

    /**
     * The bytes of a kept page, read from the site: page keys start with the page's path and a NUL. Null when
     * there is no such page, or the file is gone or not what the last build wrote.
     */
    private byte[] fromSite(String key) {
        KeptPage page = kept.get(key);
        int cut = key.indexOf('\u0000');
        java.nio.file.Path file = page == null || cut <= 0 ? null : inSite(key.substring(0, cut));
        if (file == null) {
            return null;
        }
        try {
            if (!java.nio.file.Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            String checksum = Hashes.checksum(bytes);
            if (!checksum.equals(page.checksum())) {
                return null; // changed by hand since: made again
            }
            if (page.scan() != null) {
                linkScans.put(checksum, page.scan());
            }
            kept.remove(key); // now held with its bytes
            return bytes;
        } catch (java.io.IOException | RuntimeException unreadable) {
            return null;
        }
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

    private volatile Map<String, Written> written = Map.of();

    /**
     * A post file as the last build found it: size, time and identity, the key of its checked post, a digest of its
     * body with whether the body holds Liquid, and the key of the post but its body (made from its text before the
     * body). A file found the same again is not read: its bytes are the ones keyed then, as Git and make also
     * assume of a file whose size and time did not change.
     */
    public record Source(io.github.blogpublish.files.FileStamp stamp, String postKey, String bodyDigest,
                  boolean bodyHasLiquid, String headKey) {
    }

    private volatile String keyBasis = "";
    private volatile String nextKeyBasis = "";

    /** What the recorded post keys were made under (source folder and fingerprint); empty for nothing known. */
    public String keyBasis() {
        return keyBasis;
    }

    public void keyBasis(String basis) {
        keyBasis = basis;
    }

    /** What the post keys of this build are made under; recorded with the files when the build ends. */
    public void nextKeyBasis(String basis) {
        nextKeyBasis = basis;
    }

    private volatile Map<String, Source> sources = Map.of();
    private final Map<String, Source> nextSources = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger unread = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int lastUnread;

    /** The post file at this path as the last build found it; null when it had none there. */
    public Source source(String relativePath) {
        return sources.get(relativePath);
    }

    /** Notes how this build found a post file, for the next build. */
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

    /**
     * The post checked before under this key, its warnings added to {@code problems} again, when its file was not
     * read again; empty when there is none (the caller then reads it).
     */
    public Optional<Post> unreadPost(String key, io.github.blogpublish.problem.Problems problems) {
        Optional<Post> post = checked(key, problems);
        post.ifPresent(p -> unread.incrementAndGet());
        return post;
    }

    /** The post checked before under this key, marked used and its warnings added to {@code problems} again. */
    private Optional<Post> checked(String key, io.github.blogpublish.problem.Problems problems) {
        CheckedPost cached = posts.get(key);
        if (cached == null) {
            return Optional.empty();
        }
        usedPosts.add(key);
        postHits.incrementAndGet();
        problems.addAll(cached.warnings());
        return Optional.of(cached.post());
    }

    /** What the last build wrote, by path in the site. */
    public Map<String, Written> written() {
        return written;
    }

    /** Records what this build wrote, once the site is in place. */
    public void written(Map<String, Written> files) {
        written = Map.copyOf(files);
    }

    private volatile LinkVerdicts linkVerdicts = LinkVerdicts.NONE;

    /** What the last build's link check found. */
    public LinkVerdicts linkVerdicts() {
        return linkVerdicts;
    }

    public void linkVerdicts(LinkVerdicts verdicts) {
        linkVerdicts = verdicts;
    }

    /** The link check's scans of the last build's pages, by the checksums of those pages. */
    public Map<String, LinkScan> linkScans() {
        return linkScans;
    }

    /** Rendered pages held with their bytes, by a key of everything they depend on. */
    Map<String, byte[]> pages() {
        return pages;
    }

    /** Parts of pages (search index entries) by a key of what they show. */
    public Map<String, byte[]> fragments() {
        return fragments;
    }

    /**
     * Notes which keys the build used, so {@link #sweep()} drops entries no
     * build asks for any more; hits are counted when a counter is given.
     */
    private final class Tracked extends ConcurrentHashMap<String, byte[]> {
        private static final long serialVersionUID = 1L;
        private final transient java.util.Set<String> used = ConcurrentHashMap.newKeySet();
        private final transient java.util.concurrent.atomic.AtomicInteger hits;
        private final transient java.util.function.Function<String, byte[]> missing;

        /** @param missing what to look up when the map has no entry (then kept); gives null for none */
        Tracked(java.util.concurrent.atomic.AtomicInteger hits, java.util.function.Function<String, byte[]> missing) {
            this.hits = hits;
            this.missing = missing;
        }

        @Override
        public byte[] get(Object key) {
            if (key instanceof String name) {
                used.add(name);
            }
            byte[] page = super.get(key);
            if (page == null && key instanceof String name) {
                page = missing.apply(name);
                if (page != null) {
                    super.put(name, page);
                }
            }
            if (page != null && hits != null) {
                hits.incrementAndGet();
            }
            return page;
        }

        @Override
        public byte[] put(String key, byte[] value) {
            used.add(key);
            return super.put(key, value);
        }

        /** An entry loaded from disk: not yet used by this build. */
        void load(String key, byte[] value) {
            super.put(key, value);
        }

        /** Drops what this build did not use. */
        void sweep() {
            keySet().retainAll(used);
            used.clear();
        }
    }

    /**
     * The post checked before under this key, its warnings added to {@code problems} again, or the one
     * {@code check} gives now (then kept with its warnings).
     */
    public Optional<Post> post(String key, io.github.blogpublish.problem.Problems problems,
                        java.util.function.Function<io.github.blogpublish.problem.Problems, Optional<Post>> check) {
        Optional<Post> kept = checked(key, problems);
        if (kept.isPresent()) {
            return kept;
        }
        usedPosts.add(key);
        io.github.blogpublish.problem.Problems own = new io.github.blogpublish.problem.Problems();
        Optional<Post> post = check.apply(own);
        java.util.List<io.github.blogpublish.problem.Problem> found = own.sorted();
        problems.addAll(found);
        post.ifPresent(p -> posts.put(key, new CheckedPost(p, found)));
        return post;
    }

    /** The HTML and excerpt rendered before for the body of this digest, or the ones {@code render} gives now. */
    public RenderedPost markdown(Post post, String bodyDigest, String separator, Supplier<RenderedPost> render) {
        String key = Hashes.sha256(post.frontMatter().get("excerpt"), post.frontMatter().get("excerpt_separator"),
                separator, bodyDigest);
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
    Map<String, CheckedPost> postEntries() {
        return new java.util.TreeMap<>(posts);
    }

    Map<String, Supplier<String[]>> markdownEntries() {
        return new java.util.TreeMap<>(markdown);
    }

    /** Forgets what the last build did not use (deleted or changed files), so the cache stays the site's size. */
    public void sweep() {
        posts.keySet().retainAll(usedPosts);
        markdown.keySet().retainAll(usedMarkdown);
        kept.keySet().retainAll(pages.used);
        pages.sweep();
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
