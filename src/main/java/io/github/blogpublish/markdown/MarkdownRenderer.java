package io.github.blogpublish.markdown;

import io.github.blogpublish.model.CodeHighlighter;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Markdown stage: body text to HTML with CommonMark and GFM tables, strikethrough, autolinks, task lists
 * and footnotes; headings get GitHub-style ids that keep Hangul and other scripts; fenced code keeps
 * {@code class="language-x"} and is highlighted at build time. The parser and renderer are configured
 * once and, as commonmark-java documents, safe to use from many threads at once.
 */
public final class MarkdownRenderer {

    /** Where an excerpt ends when neither the post nor the site names a separator, if the body has it. */
    public static final String MORE = "<!--more-->";

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                TaskListItemsExtension.create(),
                FootnotesExtension.create(),
                HeadingAnchorExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).nodeRendererFactory(FencedCode::new).build();
    }

    /** The HTML for a Markdown text. */
    public String toHtml(String markdown) {
        // Room for the HTML from the start: the renderer's own builder starts at 16 characters and doubles.
        StringBuilder html = new StringBuilder(markdown.length() + markdown.length() / 2 + 256);
        renderer.render(parser.parse(markdown), html);
        return html.toString();
    }

    /**
     * The post with its body rendered, and its excerpt: the {@code excerpt} of its front matter as it is written
     * (Jekyll does not render it), else the text
     * before the separator ({@code excerpt_separator} of the post, else {@code siteSeparator}, else
     * {@value #MORE} when the body has it), else the first paragraph.
     *
     * @param body          the body after Liquid
     * @param siteSeparator the site's {@code excerpt_separator}; empty for none
     */
    public RenderedPost render(Post post, String body, String siteSeparator) {
        String content = toHtml(body);
        Object given = post.frontMatter().get("excerpt");
        String excerpt;
        if (given instanceof String text) {
            excerpt = text; // as written, as Jekyll takes it: not Markdown
        } else {
            Object own = post.frontMatter().get("excerpt_separator");
            String separator = own instanceof String s && !s.isEmpty() ? s
                    : !siteSeparator.isEmpty() ? siteSeparator : body.contains(MORE) ? MORE : "\n\n";
            String trimmed = body.stripLeading();
            int end = trimmed.indexOf(separator);
            excerpt = toHtml(end < 0 ? trimmed : trimmed.substring(0, end));
        }
        return new RenderedPost(post, content, excerpt);
    }

    /** Fenced code as {@code <pre><code class="language-x">}, with the build-time highlighter's spans. */
    private static final class FencedCode implements NodeRenderer {
        private final HtmlWriter html;

        FencedCode(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class);
        }

        @Override
        public void render(Node node) {
            FencedCodeBlock block = (FencedCodeBlock) node;
            String info = block.getInfo() == null ? "" : block.getInfo().strip();
            String language = info.isEmpty() ? "" : info.split("\\s+")[0];
            Map<String, String> attributes = new LinkedHashMap<>();
            if (!language.isEmpty()) {
                attributes.put("class", "language-" + language);
            }
            html.line();
            html.tag("pre");
            html.tag("code", attributes);
            html.raw(CodeHighlighter.highlight(block.getLiteral(), language));
            html.tag("/code");
            html.tag("/pre");
            html.line();
        }
    }
}
