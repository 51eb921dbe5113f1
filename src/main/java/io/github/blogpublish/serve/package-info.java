/**
 * The live-preview server ({@code blog:serve}): serves a built site on 127.0.0.1, watches the sources and
 * rebuilds through {@code build.SiteBuilder}. Not implemented yet: see the tracker's live-preview issue.
 *
 * <p>May import: {@code build}, {@code config}, {@code problem}, {@code files}.
 */
package io.github.blogpublish.serve;
