package io.github.blogpublish.cache;

import io.github.blogpublish.output.OutputFile;
import io.github.blogpublish.output.PageStore;
import io.github.blogpublish.template.Hashes;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The pages of earlier builds: held with their bytes (made earlier in this session, or read back from the site
 * folder), or kept as the last build wrote them into the site folder, known by checksum and link scan
 * ({@link BuildCache.KeptPage}). A kept page stays there untouched when the folder still holds it as written, or
 * is read back and taken only if its checksum agrees.
 */
final class KeptPages implements PageStore {

    private final AtomicInteger pageHits;
    private final Map<String, LinkScan> linkScans;
    private final Supplier<Map<String, StageCache.Written>> written;
    private final TrackedMap pages;

    /**
     * @param pageHits  counts the pages reused
     * @param linkScans the link check's scans by page checksum, where a reused page's scan goes
     * @param written   what the last build wrote, by path in the site
     */
    KeptPages(AtomicInteger pageHits, Map<String, LinkScan> linkScans, Supplier<Map<String, StageCache.Written>> written) {
        this.pageHits = pageHits;
        this.linkScans = linkScans;
        this.written = written;
        this.pages = new TrackedMap(pageHits, this::fromSite);
    }

    private final Map<String, BuildCache.KeptPage> kept = new ConcurrentHashMap<>();
    private volatile Path site;
    private volatile boolean readBack = true;

    /** @see SiteCache#siteDirectory */
    void siteDirectory(Path directory, boolean readBack) {
        site = directory.toAbsolutePath().normalize();
        this.readBack = readBack;
    }

    /** The pages that the cache file holds by checksum, by key. */
    Map<String, BuildCache.KeptPage> byKey() {
        return kept;
    }

    /** Pages held with their bytes, by key. */
    TrackedMap pages() {
        return pages;
    }

    @Override
    public OutputFile find(String key, String path, Path origin) {
        BuildCache.KeptPage page = readBack ? null : kept.get(key);
        if (page != null && page.scan() != null && asWritten(path, page.checksum())) {
            pages.used.add(key);
            pageHits.incrementAndGet();
            linkScans.put(page.checksum(), page.scan());
            return OutputFile.kept(path, page.checksum(), origin);
        }
        byte[] bytes = pages.get(key);
        return bytes == null ? null : new OutputFile(path, bytes, origin);
    }

    @Override
    public void keep(String key, byte[] page) {
        pages.put(key, page);
    }

    /** Drops the pages this build did not use. */
    void sweep() {
        kept.keySet().retainAll(pages.used);
        pages.sweep();
    }

    /** Whether the site folder holds the file at {@code path} as the last build wrote it, with this checksum. */
    private boolean asWritten(String path, String checksum) {
        StageCache.Written last = written.get().get(path);
        Path file = inSite(path);
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
    private Path inSite(String path) {
        Path root = site;
        if (root == null) {
            return null;
        }
        Path file = root.resolve(path).normalize();
        return file.startsWith(root) ? file : null;
    }

    /**
     * The bytes of a kept page, read from the site: page keys start with the page's path and a NUL. Null when
     * there is no such page, or the file is gone or not what the last build wrote.
     */
    private byte[] fromSite(String key) {
        BuildCache.KeptPage page = kept.get(key);
        int cut = key.indexOf('\u0000');
        Path file = page == null || cut <= 0 ? null : inSite(key.substring(0, cut));
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
}
