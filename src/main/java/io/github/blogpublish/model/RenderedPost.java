package io.github.blogpublish.model;

/**
 * A post whose body has become HTML, before any layout is applied.
 *
 * @param post    the post
 * @param content the body as HTML
 * @param excerpt the excerpt as HTML
 */
public record RenderedPost(Post post, String content, String excerpt) {
}
