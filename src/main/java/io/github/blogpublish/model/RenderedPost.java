package io.github.blogpublish.model;

import java.util.function.Supplier;

/**
 * A post whose body has become HTML, before any layout is applied. The HTML may be fetched when first asked for
 * (from the incremental build's cache file): a re-run that reuses every page needs the text of few posts.
 */
public final class RenderedPost {

    private final Post post;
    private final String source;
    private Supplier<String[]> texts;
    private volatile String[] resolved;

    /**
     * @param post    the post
     * @param content the body as HTML
     * @param excerpt the excerpt as HTML
     * @param source  a key of what content and excerpt were made from (the body and the excerpt settings), when the
     *                incremental build made one; null otherwise
     */
    public RenderedPost(Post post, String content, String excerpt, String source) {
        this.post = post;
        this.source = source;
        this.resolved = new String[] {content, excerpt};
    }

    public RenderedPost(Post post, String content, String excerpt) {
        this(post, content, excerpt, null);
    }

    private RenderedPost(Post post, Supplier<String[]> texts, String source) {
        this.post = post;
        this.source = source;
        this.texts = texts;
    }

    /** A post whose content and excerpt {@code texts} gives (as {@code {content, excerpt}}) when first asked for. */
    public static RenderedPost later(Post post, Supplier<String[]> texts, String source) {
        return new RenderedPost(post, texts, source);
    }

    public Post post() {
        return post;
    }

    /** The body as HTML. */
    public String content() {
        return texts()[0];
    }

    /** The excerpt as HTML. */
    public String excerpt() {
        return texts()[1];
    }

    /** A key of what content and excerpt were made from; null without the incremental build. */
    public String source() {
        return source;
    }

    private String[] texts() {
        String[] known = resolved;
        if (known == null) {
            synchronized (this) {
                if (resolved == null) {
                    resolved = texts.get();
                    texts = null;
                }
                known = resolved;
            }
        }
        return known;
    }
}
