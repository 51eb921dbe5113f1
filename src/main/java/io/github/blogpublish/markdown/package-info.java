/**
 * Turns a post body into HTML with commonmark-java: CommonMark plus GFM tables, strikethrough and
 * autolinks. One {@link io.github.blogpublish.markdown.MarkdownRenderer} is built per build and shared by
 * every thread.
 *
 * <p>May import: {@code model}, {@code problem}. commonmark-java is used only here.
 */
package io.github.blogpublish.markdown;
