/**
 * Decides which files the site holds: each {@link io.github.blogpublish.output.OutputFormat} (post
 * pages, the home page; later archives, feed, sitemap) turns the rendered content into
 * {@link io.github.blogpublish.output.OutputFile}s through its layout.
 *
 * <p>May import: {@code template}, {@code model}, {@code config}, {@code problem}.
 */
package io.github.blogpublish.output;
