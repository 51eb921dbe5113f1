/**
 * Runs the pipeline: {@link io.github.blogpublish.build.SiteBuilder} reads as the stages in order (scan,
 * front matter, validate, model, Markdown, layouts, outputs, write), collects every problem, and writes
 * the site into a staging folder that replaces {@code target/blog} only when everything succeeded.
 *
 * <p>May import: every package above it ({@code problem} to {@code output}) and {@code files}.
 */
package io.github.blogpublish.build;
