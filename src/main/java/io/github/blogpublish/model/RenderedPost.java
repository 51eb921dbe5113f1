package io.github.blogpublish.model;

/**
 * A post whose body has become HTML, before any layout is applied.
 *
 * @param post    the post
 * @param content the body as HTML
 * @param excerpt the excerpt as HTML
 * @param source  a key of what content and excerpt were made from (the body and the excerpt settings), when the
 *                incremental build made one; null otherwise
 */
public record RenderedPost(Post post, String content, String excerpt, String source) {

    public RenderedPost(Post post, String content, String excerpt) {
        this(post, content, excerpt, null);
    }
}
