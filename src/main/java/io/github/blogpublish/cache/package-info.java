/**
 * The incremental build's memory, between the generators and the build. Each stage asks it through a small
 * interface of {@link io.github.blogpublish.cache.StageCache}, in its own words: "is this post file as the last
 * build found it?" ({@code Posts}), "was this body rendered before?" ({@code Bodies}), "which pages are kept?"
 * ({@code Pages}), "what did the link check find?" ({@code Links}), "what did the last build write?"
 * ({@code Writes}). {@link io.github.blogpublish.cache.SiteCache} is all of them and the two steps around a
 * build; {@code BuildCache} answers under keys of everything an answer depends on, and {@code SiteCache.NONE}
 * keeps nothing, so a stage's code reads the same with the cache on or off. {@code CacheFile} (with
 * {@code CacheCodec}) is the file in {@code target/blog-cache}: written beside the old one and moved over it,
 * refused whole when damaged or made by another plugin version. The rendered Markdown lies beside it in a
 * {@code MarkdownStore} that saves only add to, read entry by entry ({@code StoredMarkdown}) when asked for. {@code KeptPages} are the pages the last build left in the site folder.
 *
 * <p>May import: {@code problem}, {@code model}, {@code template} (its checksums), {@code output} (the page
 * store the generators ask) and {@code files} (file stamps).
 */
package io.github.blogpublish.cache;
