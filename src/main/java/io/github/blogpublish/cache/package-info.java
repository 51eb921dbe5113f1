/**
 * The incremental build's memory, between the generators and the build: {@link
 * io.github.blogpublish.cache.BuildCache} is what the stages ask, each in its own words ("is this post file as
 * the last build found it?", "was this body rendered before?", "is this page kept?", "what did the link check
 * find?", "what did the last build write?"), answered under keys of everything the answer depends on. A stage
 * reads the same with the cache or without it (null). {@code CacheFile} is the file format in
 * {@code target/blog-cache}: written beside the old one and moved over it, read lazily, refused whole when
 * damaged or made by another plugin version.
 *
 * <p>May import: {@code problem}, {@code model}, {@code template} (its checksums), {@code output} (the page
 * store the generators ask) and {@code files} (file stamps).
 */
package io.github.blogpublish.cache;
