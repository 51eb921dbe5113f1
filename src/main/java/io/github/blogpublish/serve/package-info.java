/**
 * The live-preview server ({@code blog:serve}): builds the site through {@code build.SiteBuilder} into
 * memory, serves it on 127.0.0.1, watches the sources, rebuilds after a quiet moment and reloads open pages.
 *
 * <p>May import: {@code build}, {@code config}, {@code problem}, {@code files}, and {@code output}, whose files
 * it serves.
 */
package io.github.blogpublish.serve;
