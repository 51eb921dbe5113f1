package io.github.blogpublish.markdown;

import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * Markdown stage: body text to HTML. The parser and renderer are configured once and, as commonmark-java
 * documents, safe to use from many threads at once.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).build();
    }

    /** The HTML for a Markdown text. */
    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** The post with its body rendered. */
    public RenderedPost render(Post post) {
        return new RenderedPost(post, toHtml(post.body()));
    }
}
