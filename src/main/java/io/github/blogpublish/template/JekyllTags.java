package io.github.blogpublish.template;

import io.github.blogpublish.model.Permalink;
import liqp.Insertion;
import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.LNode;
import liqp.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Jekyll tags Liquid does not have, and the two plugin tags themes lean on most: {@code post_url},
 * {@code link}, {@code highlight}, {@code seo} and {@code feed_meta}. References are checked before
 * rendering ({@link LiquidLinks}), so a missing post or file is reported at its line, not here.
 */
final class JekyllTags {

    private JekyllTags() {
    }

    static List<Insertion> all() {
        return List.of(new PostUrl(), new Link(), new Highlight(), new Seo(), new FeedMeta(), new IncludeRelative(),
                new For());
    }

    /** The tag's parameters as written, without the whitespace the parser drops between atoms. */
    static String argument(TemplateContext context, LNode... nodes) {
        return Stream.of(nodes).map(n -> String.valueOf(n.render(context))).collect(Collectors.joining()).strip();
    }

    static SiteModel model(TemplateContext context) {
        Object model = context.get(SiteModel.VARIABLE);
        if (model instanceof SiteModel m) {
            return m;
        }
        throw new IllegalStateException("templates rendered without a site model");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** {@code {% post_url 2010-07-21-name %}}: the post's URL with the base URL, as Jekyll 4 gives it. */
    static final class PostUrl extends Tag {
        PostUrl() {
            super("post_url");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            String name = argument(context, nodes);
            // A missing post was reported before rendering (an error, or a warning when broken links are allowed).
            SiteModel model = model(context);
            return model.links().post(name).map(url -> JekyllFilters.relativeUrl(Permalink.encode(url), model.site()))
                    .orElse("");
        }
    }

    /**
     * {@code {% link _posts/2016-07-26-name.md %}}: the URL of a page, post or file by its source path, with the
     * base URL, as Jekyll 4 gives it.
     */
    static final class Link extends Tag {
        Link() {
            super("link");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            String path = argument(context, nodes);
            SiteModel model = model(context);
            return model.links().file(path).map(url -> JekyllFilters.relativeUrl(Permalink.encode(url), model.site()))
                    .orElse("");
        }
    }

    /** {@code {% highlight ruby [linenos] %}}: code in Jekyll's figure, escaped and marked up by the model's code highlighter. */
    static final class Highlight extends Block {
        Highlight() {
            super("highlight");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            String language = nodes.length > 1 ? argument(context, nodes[0]) : "";
            if (language.endsWith("linenos") && language.length() > "linenos".length()) {
                language = language.substring(0, language.length() - "linenos".length());
            }
            language = language.replaceAll("[^\\w+#.-]", "");
            String code = text(nodes[nodes.length - 1].render(context)).replaceAll("^\\n+|\\s+$", "");
            return "<figure class=\"highlight\"><pre><code class=\"language-" + language + "\" data-lang=\"" + language
                    + "\">" + io.github.blogpublish.model.CodeHighlighter.highlight(code, language) + "</code></pre></figure>";
        }
    }

    /**
     * The source path {@code include_relative} means from the file at {@code from}: relative to that file's
     * folder, normalised; empty when it climbs out of the source folder.
     */
    static java.util.Optional<String> relativeTo(String from, String name) {
        int slash = from.lastIndexOf('/');
        String joined = (slash < 0 ? "" : from.substring(0, slash + 1)) + name.strip();
        return Permalink.resolveDots(joined.replace('\\', '/')).filter(path -> !path.isEmpty());
    }

    /**
     * {@code {% include_relative file.md %}}: a file next to the current one, rendered as Liquid. Never a file
     * outside the source folder (checked before rendering, and again here).
     */
    static final class IncludeRelative extends Tag {
        IncludeRelative() {
            super("include_relative");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            String name = argument(context, nodes);
            String from = text(map(context.get("page")).get("path"));
            String text = relativeTo(from, name).flatMap(model(context).sources())
                    .orElseThrow(() -> new IllegalArgumentException("include_relative: there is no file " + name
                            + " next to " + from + " inside the source folder"));
            return context.getParser().parse(text).render(context.getVariables());
        }
    }

    /**
     * Liquid's {@code for}, with a range ({@code for i in (1..10) limit: 3 offset: 2}) looped as Ruby Liquid loops it:
     * Liqp's range loop counts {@code forloop.length} one short and ends {@code limit} from the start of the range,
     * not from the offset; its loop over a list has neither fault, so a range is looped as the list of its numbers.
     */
    static final class For extends liqp.blocks.For {
        /** A range of more numbers than this is looped as Liqp loops it, not made into a list. */
        private static final int LARGEST_LIST = 100_000;

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            if (asBoolean(nodes[0].render(context))) {
                return super.render(context, nodes);
            }
            long from = asNumber(nodes[2].render(context)).longValue();
            long to = asNumber(nodes[3].render(context)).longValue();
            if (to - from >= LARGEST_LIST) {
                return super.render(context, nodes);
            }
            List<Long> numbers = new java.util.ArrayList<>();
            for (long i = from; i <= to; i++) {
                numbers.add(i);
            }
            // As the parser gives a loop over a list: the list, then the body and no else, then the rest as it was.
            LNode[] list = nodes.clone();
            list[0] = new liqp.nodes.AtomNode(true);
            list[2] = new liqp.nodes.AtomNode(numbers);
            list[3] = nodes[4];
            list[4] = null;
            return super.render(context, list);
        }
    }

    /** {@code {% feed_meta %}}: the link to the Atom feed for the page head, as jekyll-feed writes it. */
    static final class FeedMeta extends Tag {
        FeedMeta() {
            super("feed_meta");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            Map<String, Object> site = model(context).site();
            Object path = map(site.get("feed")).get("path");
            Object href = context.getParser().filters.get("absolute_url").apply(path == null ? "feed.xml" : path, context);
            Object title = text(site.get("title")).isEmpty() ? site.get("name") : site.get("title");
            return "<link type=\"application/atom+xml\" rel=\"alternate\" href=\"" + attribute(text(href)) + "\""
                    + (title == null || text(title).isEmpty() ? "" : " title=\"" + attribute(text(title)) + "\"") + " />";
        }

        /** An attribute's value as Ruby's {@code encode(xml: :attr)} escapes it. */
        private static String attribute(String value) {
            return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }

    /** {@code {% seo %}}: jekyll-seo-tag's output ({@link SeoTag}). */
    static final class Seo extends Tag {
        Seo() {
            super("seo");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            return SeoTag.render(context, argument(context, nodes));
        }
    }
}
