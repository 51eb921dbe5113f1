package io.github.blogpublish.cache;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Bytes by key (pages, search index entries) that note which keys the build used, so {@link #sweep()} drops the
 * entries no build asks for any more; hits are counted when a counter is given.
 */
final class TrackedMap extends ConcurrentHashMap<String, byte[]> {
    private static final long serialVersionUID = 1L;
    final transient java.util.Set<String> used = ConcurrentHashMap.newKeySet();
    private final transient java.util.concurrent.atomic.AtomicInteger hits;
    private final transient java.util.function.Function<String, byte[]> missing;

    /** @param missing what to look up when the map has no entry (then kept); gives null for none */
    TrackedMap(java.util.concurrent.atomic.AtomicInteger hits, java.util.function.Function<String, byte[]> missing) {
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
