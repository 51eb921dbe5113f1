package io.github.blogpublish.cache;

import java.util.Set;

/**
 * What a link check found, for the next: a digest of everything links resolve against (the base URL, every path,
 * every page's ids), and the pages (path and checksum) all of whose links resolved. Under the same digest, such
 * a page's links resolve again: they are not looked at.
 *
 * @param world the digest
 * @param clean the pages whose links all resolved
 */
public record LinkVerdicts(String world, Set<String> clean) {

    /** Nothing known. */
    public static final LinkVerdicts NONE = new LinkVerdicts("", Set.of());
}
