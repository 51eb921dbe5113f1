package io.github.blogpublish.build;

import io.github.blogpublish.cache.StageCache;
import io.github.blogpublish.markdown.MarkdownRenderer;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.template.Hashes;
import io.github.blogpublish.template.LayoutEngine;
import io.github.blogpublish.template.LiquidData;
import io.github.blogpublish.template.SiteModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The Markdown stage: each post's and page's body is rendered, Liquid first and then Markdown, as in Jekyll.
 * With the incremental cache, a body whose text (after its Liquid) is the same is not rendered again, and a body without
 * Liquid that the front matter stage did not read is read only if its HTML is not kept.
 */
final class MarkdownStage {

    private MarkdownStage() {
    }

    /**
     * @param posts the posts with their HTML and excerpts, in the order of the site's posts
     * @param pages each page's content: HTML for a Markdown page, else its text after Liquid
     * @param again renders a post's body again as this stage did (an edit of the body alone, in the preview)
     */
    record Bodies(List<RenderedPost> posts, List<String> pages, PostBodies again) {
    }

    /** Renders posts' bodies, as the stage does each one. */
    static final class PostBodies {

        private final LayoutEngine engine;
        private final MarkdownRenderer markdown;
        private final StageCache.Bodies cache;
        private final String excerptSeparator;
        /** What Liquid in a body sees, made when the first body with Liquid asks: 10,000 maps and the tag lists. */
        private final Supplier<List<Map<String, Object>>> postData;
        private final Supplier<SiteModel> model;

        PostBodies(ValidatedSite site, MarkdownRenderer markdown, SourceReader sources, SiteModel.Sass sass,
                   StageCache.Bodies cache) {
            this.engine = site.layouts();
            this.markdown = markdown;
            this.cache = cache;
            this.excerptSeparator = site.config().custom().get("excerpt_separator") instanceof String s ? s : "";
            this.postData = Lazy.of(() -> site.posts().stream().map(LiquidData::post).toList());
            this.model = Lazy.of(() -> new SiteModel(
                    LiquidData.site(site.config(), postData.get(), site.pages(), site.data()), site.links(),
                    markdown::toHtml, sources, sass));
        }

        /**
         * The post at this position of the site's posts with its body rendered: Liquid, then Markdown.
         *
         * @param digest what the front matter stage knew of the body; null for nothing
         */
        RenderedPost render(Post post, int index, ValidatedSite.BodyDigest digest, Problems problems) {
            if (digest != null && digest.unread()) {
                // Not read this build: a body without Liquid, rendered again only if its Markdown is not kept.
                return cache.markdown(post, digest::digest, excerptSeparator,
                        () -> markdown.render(post, FrontMatterStage.unreadBody(post, problems), excerptSeparator));
            }
            String body = LiquidCheck.usesLiquid(post)
                    ? engine.renderBody(post.source(), post.body(), post.bodyLine(), postData.get().get(index),
                            model.get(), problems).orElse("")
                    : post.body();
            return cache.markdown(post,
                    () -> digest != null && body == post.body() ? digest.digest() : Hashes.sha256(body),
                    excerptSeparator, () -> markdown.render(post, body, excerptSeparator));
        }

        /** What Liquid in a page's body sees. */
        SiteModel model() {
            return model.get();
        }
    }

    /** @param done called once per post */
    static Bodies render(ValidatedSite site, MarkdownRenderer markdown, SourceReader sources, SiteModel.Sass sass,
                         StageCache.Bodies cache, Runnable done, Problems problems) {
        LayoutEngine engine = site.layouts();
        PostBodies bodies = new PostBodies(site, markdown, sources, sass, cache);
        List<RenderedPost> rendered = new ArrayList<>(Collections.nCopies(site.posts().size(), null));
        IntStream.range(0, site.posts().size()).parallel().forEach(i -> {
            done.run();
            Post post = site.posts().get(i);
            rendered.set(i, bodies.render(post, i, site.bodies().get(post.relativePath()), problems));
        });
        List<String> pages = site.pages().stream().map(page -> {
            String body = page.liquid()
                    ? engine.renderBody(page.source(), page.body(), page.bodyLine(), LiquidData.page(page, ""),
                            bodies.model(), problems).orElse("")
                    : page.body();
            return page.markdown() ? markdown.toHtml(body) : body;
        }).toList();
        return new Bodies(Collections.unmodifiableList(rendered), pages, bodies);
    }
}
