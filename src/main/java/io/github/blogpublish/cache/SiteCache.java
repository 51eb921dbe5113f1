package io.github.blogpublish.cache;

import java.nio.file.Path;

/**
 * The incremental cache as the build sees it: what each stage asks of it ({@link StageCache}), and the two steps
 * around a build. {@link BuildCache} answers from earlier builds; {@link #NONE} keeps nothing and has every stage
 * do all its work, so a stage reads the same with the cache on or off. Keys are handed over as suppliers where
 * making them costs a checksum, so that a build without the cache does not make them.
 */
public interface SiteCache extends StageCache.Posts, StageCache.Bodies, StageCache.Pages, StageCache.Links,
        StageCache.Writes {

    /** The cache of a build that keeps nothing between builds. */
    SiteCache NONE = new NoCache();

    /**
     * The folder the build writes the site to, where the pages of the last build are.
     *
     * @param readBack whether a reused page must have its bytes (a build served from memory), rather than be left
     *                 in the folder when it is still as written there
     */
    void siteDirectory(Path directory, boolean readBack);

    /** Forgets what the build that just ended did not use, so the cache stays the site's size. */
    void sweep();
}
