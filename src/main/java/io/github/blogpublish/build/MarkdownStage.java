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
     */
    record Bodies(List<RenderedPost> posts, List<String> pages) {
    }

    /** @param done called once per post */
    static Bodies render(ValidatedSite site, MarkdownRenderer markdown, SourceReader sources, SiteModel.Sass sass,
                         StageCache.Bodies cache, Runnable done, Problems problems) {
        LayoutEngine engine = site.layouts();
        // What Liquid in a body sees, made when the first body with Liquid asks: 10,000 maps and the tag lists.
        Supplier<List<Map<String, Object>>> postData =
                Lazy.of(() -> site.posts().stream().map(LiquidData::post).toList());
        Supplier<SiteModel> model = Lazy.of(() -> new SiteModel(
                LiquidData.site(site.config(), postData.get(), site.pages(), site.data()), site.links(), markdown::toHtml,
                sources, sass));
        String excerptSeparator = site.config().custom().get("excerpt_separator") instanceof String s ? s : "";
        List<RenderedPost> rendered = new ArrayList<>(Collections.nCopies(site.posts().size(), null));
        IntStream.range(0, site.posts().size()).parallel().forEach(i -> {
            done.run();
            Post post = site.posts().get(i);
            ValidatedSite.BodyDigest digest = site.bodies().get(post.relativePath());
            if (digest != null && digest.unread()) {
                // Not read this build: a body without Liquid, rendered again only if its Markdown is not kept.
                rendered.set(i, cache.markdown(post, digest::digest, excerptSeparator,
                        () -> markdown.render(post, FrontMatterStage.unreadBody(post, problems), excerptSeparator)));
                return;
            }
            String body = LiquidCheck.usesLiquid(post)
                    ? engine.renderBody(post.source(), post.body(), post.bodyLine(), postData.get().get(i), model.get(),
                            problems).orElse("")
                    : post.body();
            rendered.set(i, cache.markdown(post,
                    () -> digest != null && body == post.body() ? digest.digest() : Hashes.sha256(body),
                    excerptSeparator, () -> markdown.render(post, body, excerptSeparator)));
        });
        List<String> pages = site.pages().stream().map(page -> {
            String body = page.liquid()
                    ? engine.renderBody(page.source(), page.body(), page.bodyLine(), LiquidData.page(page, ""), model.get(),
                            problems).orElse("")
                    : page.body();
            return page.markdown() ? markdown.toHtml(body) : body;
        }).toList();
        return new Bodies(Collections.unmodifiableList(rendered), pages);
    }
}
