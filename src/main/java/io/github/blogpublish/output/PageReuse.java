package io.github.blogpublish.output;

import io.github.blogpublish.template.ContentReads;
import io.github.blogpublish.template.Hashes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Pages of earlier builds, reused when nothing they can depend on changed: the templates, the page's own data,
 * and the site's data. When no template of the page's layout chain reads other posts' {@code content} or
 * {@code excerpt}, those are left out of the key, both in {@code site} and in the posts a page lists: editing
 * one post's text then re-renders that post's page alone, not the archives that list it. A layout that can read
 * them (a home page of excerpts) is keyed by the text of the posts its last render read ({@link ContentReads}), so
 * the edit re-renders the one home page that shows that post, not all of them. A page's own content enters the key
 * by what it was rendered from, not by its text.
 */
final class PageReuse {

    private final PageStore pages;
    private final Map<String, byte[]> fragments;
    private final String common;
    /** The posts by their path in the source folder, for the posts a page read in an earlier build. */
    private final Map<String, io.github.blogpublish.model.RenderedPost> byPath = new java.util.HashMap<>();
    /** Each post of {@code site.posts} (by identity: lists hold the same maps) as its position there. */
    private final Map<Object, Integer> posts = new java.util.IdentityHashMap<>();
    /** A digest of each post's description, by position in {@code site.posts}. */
    private final String[] digests;
    /** 64 bits of each digest ({@link Hashes#bits}), by position: what a list of posts is described by. */
    private final long[] bits;
    /**
     * The lists of {@code site} that pages pass on (the posts, each tag's and category's posts), by identity, as
     * names: every key holds the site's key, which covers them, so a page listing 4,000 posts of a tag is keyed by
     * the tag's name rather than 4,000 digests.
     */
    private final Map<Object, String> siteLists = new java.util.IdentityHashMap<>();
    /**
     * The posts each page that can show other posts' text read when it was last made or reused (their paths, each
     * ended by NUL), by the page's path: what an edit of post bodies ({@link #edit}) makes again.
     */
    private final Map<String, String> readsByPath;
    /** In an edit of post bodies: the last build's files by path; null in a build. */
    private final Map<String, OutputFile> lastFiles;
    /** In an edit of post bodies: the edited posts' files, and their paths in the source folder. */
    private final java.util.Set<Path> editedSources;
    private final java.util.Set<String> editedPosts;
    /** Each post's search index entry as this build or an edit since made it, by position; shared with the edits. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<byte[]> searchEntries;

    /**
     * @param pages     the rendered pages of earlier builds, and where this build's are kept
     * @param fragments the cache of parts of pages (entries of the search index), by key, and of the posts each page
     *                  read the text of
     * @param site      Liquid's {@code site}
     * @param templates a fingerprint of every layout and include
     * @param itemKeys  a key of each item of {@code site.posts} without content and excerpt, by position, made from
     *                  what the item is made from; null (for all or one) to describe the item instead
     */
    PageReuse(PageStore pages, Map<String, byte[]> fragments, Map<String, Object> site, String templates,
              List<String> itemKeys, List<io.github.blogpublish.model.RenderedPost> rendered) {
        rendered.forEach(post -> byPath.put(post.post().relativePath(), post));
        this.readsByPath = new java.util.concurrent.ConcurrentHashMap<>();
        this.searchEntries = new java.util.concurrent.atomic.AtomicReferenceArray<>(rendered.size());
        this.lastFiles = null;
        this.editedSources = java.util.Set.of();
        this.editedPosts = java.util.Set.of();
        this.pages = pages;
        this.fragments = fragments;
        if (site.get("posts") instanceof List<?> list) {
            // Side by side: 10,000 descriptions. A post's description holds no other post's.
            digests = java.util.stream.IntStream.range(0, list.size()).parallel()
                    .mapToObj(i -> itemKeys != null && itemKeys.get(i) != null ? itemKeys.get(i)
                            : Hashes.key(describe(list.get(i)))).toArray(String[]::new);
            bits = new long[digests.length];
            for (int i = 0; i < digests.length; i++) {
                posts.put(list.get(i), i);
                bits[i] = Hashes.bits(digests[i].getBytes(StandardCharsets.UTF_8));
            }
        } else {
            digests = new String[0];
            bits = new long[0];
        }
        siteLists.put(site.get("posts"), "site.posts");
        for (String kind : List.of("tags", "categories")) {
            if (site.get(kind) instanceof Map<?, ?> groups) {
                groups.forEach((name, posts) -> siteLists.put(posts, "site." + kind + "[" + name + "]"));
            }
        }
        this.common = templates + siteKey(site);
    }

    /**
     * A page of this build's {@code content}: the one made before under the same key when the build keeps pages
     * and the page's own content has a key (null for none), else the one {@code render} makes now.
     *
     * @param keyData what the key describes of the page (its {@code page} data, or a post's item of
     *                {@code site.posts})
     * @param body    the page's own Liquid body, rendered with the page (a paginated {@code index.html}); null for none
     */
    static Optional<OutputFile> page(SiteContent content, String path, Optional<String> layout,
                                     Map<String, Object> keyData, String ownContent, String body, Path origin,
                                     Supplier<Optional<String>> render) {
        Supplier<Optional<String>> finished = () -> render.get().map(html -> content.finish(path, html));
        PageReuse reuse = content.reuse();
        if (reuse == null || ownContent == null && reuse.lastFiles == null) {
            return finished.get().map(html -> file(path, html, origin));
        }
        boolean readsOthers = content.layouts().readsOtherContent(layout)
                || body != null && content.layouts().bodyReadsOtherContent(body);
        return reuse.lastFiles != null ? reuse.edited(path, origin, readsOthers, ownContent == null, finished)
                : reuse.render(path, layout, keyData, ownContent, readsOthers, origin, finished);
    }

    /**
     * A page a build always makes anew (a page of the site, whose content the Markdown stage just made): in an edit
     * of post bodies, the last build's unless it can show an edited post's text.
     */
    static Optional<OutputFile> unkept(SiteContent content, String path, Optional<String> layout, Path origin,
                                       Supplier<Optional<String>> render) {
        Supplier<Optional<String>> finished = () -> render.get().map(html -> content.finish(path, html));
        PageReuse reuse = content.reuse();
        if (reuse == null || reuse.lastFiles == null) {
            return finished.get().map(html -> file(path, html, origin));
        }
        return reuse.edited(path, origin, content.layouts().readsOtherContent(layout), false, finished);
    }

    /**
     * This build's pages for an edit of the text of some posts and nothing else (their front matter the same):
     * every page is the last build's {@code lastFiles} but an edited post's own page and the pages that read an edited
     * post's text, which are made again. Shares this build's digests, fragments and record of what pages read.
     *
     * @param edited the edited posts, rendered again
     */
    PageReuse edit(Map<String, OutputFile> lastFiles, List<io.github.blogpublish.model.RenderedPost> edited) {
        return new PageReuse(this, lastFiles, edited);
    }

    private PageReuse(PageReuse build, Map<String, OutputFile> lastFiles, List<io.github.blogpublish.model.RenderedPost> edited) {
        this.pages = build.pages;
        this.fragments = build.fragments;
        this.common = build.common;
        this.digests = build.digests;
        this.bits = build.bits;
        this.readsByPath = build.readsByPath;
        this.searchEntries = build.searchEntries;
        this.lastFiles = java.util.Collections.unmodifiableMap(lastFiles);
        this.editedSources = edited.stream().map(post -> post.post().source()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.editedPosts = edited.stream().map(post -> post.post().relativePath())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * A page of an edit of post bodies: the last build's unless it is made from an edited file, can show other
     * posts' text and read an edited post's (or nothing is known of what it read), or has no key of its own.
     */
    private Optional<OutputFile> edited(String path, Path origin, boolean readsOthers, boolean unkeyed,
                                        Supplier<Optional<String>> render) {
        OutputFile last = lastFiles.get(path);
        if (last != null && !unkeyed && !editedSources.contains(origin) && !(readsOthers && readsEdited(path))) {
            return Optional.of(last);
        }
        if (!readsOthers) {
            return render.get().map(html -> file(path, html, origin));
        }
        ContentReads.Recorded<Optional<String>> made = ContentReads.recording(render);
        readsByPath.put(path, names(made.read()));
        return made.value().map(html -> file(path, html, origin));
    }

    /** Whether this is an edit of post bodies ({@link #edit}), which takes the last build's files, not kept pages. */
    boolean editing() {
        return lastFiles != null;
    }

    /**
     * A file a build makes of bytes, under a key of everything the bytes are made from: the one kept under that key
     * when the site folder still holds it as the last build wrote it (no bytes held), else the one {@code make}
     * gives now, then kept. Not in an edit of post bodies.
     */
    OutputFile keptOrMade(String path, String key, Path origin, Supplier<byte[]> make) {
        String full = path + '\u0000' + key;
        OutputFile reused = pages.find(full, path, origin);
        if (reused != null) {
            return reused;
        }
        byte[] bytes = make.get();
        pages.keep(full, bytes);
        return new OutputFile(path, bytes, origin);
    }

    /** A page made now and not kept: its HTML as the file's bytes. */
    private static OutputFile file(String path, String html, Path origin) {
        return new OutputFile(path, html.getBytes(StandardCharsets.UTF_8), origin);
    }

    /** Whether the page at this path read the text of an edited post when last made; true when unknown. */
    private boolean readsEdited(String path) {
        String read = readsByPath.get(path);
        if (read == null) {
            return true;
        }
        for (int start = 0, end; (end = read.indexOf('\u0000', start)) >= 0; start = end + 1) {
            if (editedPosts.contains(read.substring(start, end))) {
                return true;
            }
        }
        return false;
    }

    /** The paths of these posts in the source folder, each ended by NUL. */
    private static String names(List<io.github.blogpublish.model.RenderedPost> read) {
        StringBuilder names = new StringBuilder();
        read.forEach(post -> names.append(post.post().relativePath()).append('\u0000'));
        return names.toString();
    }

    /**
     * A digest of the item at this position of {@code site.posts}, without its content and excerpt: what a list
     * shows of the post.
     */
    String postDigest(int index) {
        return digests[index];
    }

    /**
     * The search index entry of the post at this position in an edit of post bodies, as the last build made it,
     * when the post is not an edited one (what the entry shows is then the same); else null.
     */
    byte[] unchangedEntry(int index, io.github.blogpublish.model.RenderedPost post) {
        return lastFiles == null || editedPosts.contains(post.post().relativePath()) ? null : searchEntries.get(index);
    }

    /**
     * Notes the search index entry of the post at this position, for the edits of post bodies that follow; whether it
     * differs from the one noted before (or none was).
     */
    boolean entry(int index, byte[] entry) {
        byte[] before = searchEntries.getAndSet(index, entry);
        return before == null || !java.util.Arrays.equals(before, entry);
    }

    /** In an edit of post bodies, the last build's file at this path (null for none); null in a build. */
    OutputFile lastFile(String path) {
        return lastFiles == null ? null : lastFiles.get(path);
    }

    /** Parts of pages made before, by a key of what they show. */
    Map<String, byte[]> fragments() {
        return fragments;
    }

    /**
     * The page rendered before under the same key, or the one {@code render} makes now (then kept).
     *
     * @param layout       the page's layout
     * @param page         Liquid's {@code page}, or for a post's page its item of {@code site.posts} (the same data
     *                     but its content, which is keyed by {@code ownContent})
     * @param ownContent   a key of what the page's own {@code content} and {@code excerpt} were made from
     * @param readsOthers  whether the layout chain can read other posts' content: then the page's key also holds what
     *                     the text of the posts it read was made from, the ones its last render read (the ten posts
     *                     of a home page, not all)
     */
    private Optional<OutputFile> render(String path, Optional<String> layout, Map<String, Object> page, String ownContent,
                                boolean readsOthers, Path origin, Supplier<Optional<String>> render) {
        // The key starts with the page's path: the cache on disk keeps pages as the files the build wrote there.
        String base = Hashes.key(common, layout, describe(page), ownContent);
        if (!readsOthers) {
            return reuseOrRender(path + '\u0000' + base, path, origin, render);
        }
        String readsKey = "reads\u0000" + path + '\u0000' + base;
        byte[] lastRead = fragments.get(readsKey);
        String lastNames = lastRead == null ? null : new String(lastRead, StandardCharsets.UTF_8);
        String others = lastNames == null ? null : sources(lastNames);
        OutputFile reused = others == null ? null : pages.find(path + '\u0000' + Hashes.key(base, others), path, origin);
        if (reused != null) {
            readsByPath.put(path, lastNames);
            return Optional.of(reused);
        }
        ContentReads.Recorded<Optional<String>> made = ContentReads.recording(render);
        String read = names(made.read());
        readsByPath.put(path, read);
        String readNow = sources(read);
        if (readNow != null && made.value().isPresent()) {
            fragments.put(readsKey, read.getBytes(StandardCharsets.UTF_8));
        }
        String key = readNow == null ? null : path + '\u0000' + Hashes.key(base, readNow);
        return made.value().map(html -> keep(key, path, origin, html));
    }

    /**
     * What the text of these posts (their paths, each ended by NUL) was made from, as one key; null when one of them
     * is gone or has no such key.
     */
    private String sources(String paths) {
        StringBuilder sources = new StringBuilder();
        for (int start = 0, end; (end = paths.indexOf('\u0000', start)) >= 0; start = end + 1) {
            io.github.blogpublish.model.RenderedPost post = byPath.get(paths.substring(start, end));
            if (post == null || post.source() == null) {
                return null;
            }
            sources.append(post.source()).append('\u0000');
        }
        return Hashes.checksum(sources.toString());
    }

    private Optional<OutputFile> reuseOrRender(String key, String path, Path origin, Supplier<Optional<String>> render) {
        OutputFile reused = pages.find(key, path, origin);
        if (reused != null) {
            return Optional.of(reused);
        }
        return render.get().map(html -> keep(key, path, origin, html));
    }

    /** A page made now, kept under its key (when it has one) for the next build. */
    private OutputFile keep(String key, String path, Path origin, String html) {
        OutputFile made = file(path, html, origin);
        if (key != null) {
            pages.keep(key, made.content());
        }
        return made;
    }

    /**
     * A checksum of {@code site} without the content and excerpt of its posts: of megabytes of item keys and URLs,
     * so not SHA-256, which runs as plain Java without the optimizing compiler. Every page key holds it.
     */
    private String siteKey(Map<String, Object> site) {
        StringBuilder text = new StringBuilder();
        site.forEach((key, value) -> {
            Object summary = switch (key) {
                // By their items: describe() names these very lists instead (site.posts, site.tags[name]).
                case "posts" -> items(value);
                case "tags", "categories" -> ((Map<?, ?>) value).entrySet().stream()
                        .map(e -> e.getKey() + "=" + items(e.getValue())).toList();
                // site.collections holds site.posts (oldest first): described by the summary above.
                case "collections" -> ((List<?>) value).stream().map(c -> c instanceof Map<?, ?> m
                        && "posts".equals(m.get("label")) ? "posts=site.posts" : describe(c)).toList();
                // The pages plugins add list posts (archives, a paginator): each post by its digest.
                default -> describe(value);
            };
            text.append(key).append('\u0000').append(summary).append('\u0000');
        });
        return Hashes.checksum(text.toString());
    }

    /** A list of {@code site} by its items (posts, as {@link #postList}), not by its name. */
    private String items(Object value) {
        StringBuilder text = new StringBuilder();
        if (value instanceof List<?> list) {
            describeList(list, text);
        } else {
            describe(value, text);
        }
        return text.toString();
    }

    /**
     * The data as text, without any {@code content} or {@code excerpt}: of the posts it holds (unread, since the
     * layouts read no other content) and of the page itself (keyed by what it was made from).
     */
    private String describe(Object value) {
        StringBuilder text = new StringBuilder();
        describe(value, text);
        return text.toString();
    }

    private void describe(Object value, StringBuilder text) {
        Integer post = posts.get(value);
        String shared = post == null ? siteLists.get(value) : null;
        if (post != null) {
            text.append(digests[post]); // a post the page lists: described once per build
        } else if (shared != null) {
            text.append(shared);
        } else if (value instanceof Map<?, ?> map) {
            text.append('{');
            // Entry by entry, the value read only when described: a post's content is fetched only when used.
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!"content".equals(entry.getKey()) && !"excerpt".equals(entry.getKey())) {
                    text.append(entry.getKey()).append('=');
                    describe(entry.getValue(), text);
                    text.append(", ");
                }
            }
            text.append('}');
        } else if (value instanceof List<?> list) {
            describeList(list, text);
        } else {
            text.append(value);
        }
    }

    /** A list by its items: a list of posts as {@link #postList} says, any other item by item. */
    private void describeList(List<?> list, StringBuilder text) {
        if (!list.isEmpty() && postList(list, text)) {
            return;
        }
        text.append('[');
        list.forEach(item -> {
            describe(item, text);
            text.append(", ");
        });
        text.append(']');
    }

    /**
     * Describes a list of posts alone (a tag's, a year's, a paginator's) by their count and two 64-bit mixes of their
     * digests in order, rather than by every digest: the lists of a site's tag pages and archive hold every post, and
     * describing them digest by digest made megabytes of text at each build. False, and nothing written, when an item
     * is no post of {@code site.posts}.
     */
    private boolean postList(List<?> list, StringBuilder text) {
        long first = 0;
        long second = 0;
        for (Object item : list) {
            Integer at = posts.get(item);
            if (at == null) {
                return false;
            }
            first = Long.rotateLeft(first, 23) ^ bits[at];
            first *= 0x9E3779B97F4A7C15L;
            second = (second + bits[at]) * 0xC2B2AE3D27D4EB4FL;
            second ^= second >>> 31;
        }
        text.append("posts(").append(list.size()).append(')').append(Long.toHexString(first)).append('-')
                .append(Long.toHexString(second));
        return true;
    }
}
