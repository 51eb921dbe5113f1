package io.github.blogpublish.build;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Page;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.template.LayoutEngine;
import io.github.blogpublish.template.LinkTable;

import java.util.List;

/**
 * The validate stage of the bodies: the Liquid in every post and page is parsed, its tags and filters known, its
 * includes found and its {@code post_url} and {@code link} targets resolved, before anything is rendered.
 */
final class LiquidCheck {

    private LiquidCheck() {
    }

    static void check(LayoutEngine engine, List<Post> posts, List<Page> pages, LinkTable links, SiteConfig config,
                      Problems problems) {
        SourceReader confined = new SourceReader(config.sourceDirectory());
        posts.parallelStream().filter(LiquidCheck::usesLiquid).forEach(post -> engine.checkBody(post.source(),
                post.relativePath(), post.body(), post.bodyLine(), links, config.brokenLinksWarn(), confined, problems));
        pages.stream().filter(Page::liquid).forEach(page -> engine.checkBody(page.source(), page.relativePath(),
                page.body(), page.bodyLine(), links, config.brokenLinksWarn(), confined, problems));
    }

    /** Whether a post's body is Liquid: unless its front matter says {@code render_with_liquid: false}. */
    static boolean usesLiquid(Post post) {
        return !Boolean.FALSE.equals(post.frontMatter().get("render_with_liquid"));
    }
}
