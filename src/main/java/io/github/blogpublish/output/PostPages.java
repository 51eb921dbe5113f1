package io.github.blogpublish.output;

import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.template.LiquidData;

import java.util.List;

/**
 * Each post at its permalink, through its layout chain. With a page cache ({@link PageReuse}) a post page is
 * rendered again only when something it can depend on changed: the templates, its own data and content, or the
 * site's data (without other posts' content, unless a template reads it).
 */
public final class PostPages implements Generator {

    @Override
    public List<OutputFile> render(SiteContent content, Problems problems) {
        return Generator.inOrder(content.posts().size(), i -> {
            RenderedPost rendered = content.posts().get(i);
            Post post = rendered.post();
            String path = Permalink.outputPath(post.url());
            if (content.replaced(path)) {
                return java.util.Optional.empty(); // a redirect_to: jekyll-redirect-from writes it
            }
            // Keyed by the post's item of site.posts, described once per build: the page is that item and its content.
            return PageReuse.page(content, path, post.layout(), content.postData().get(i), rendered.source(), null,
                    post.source(), () -> content.layouts().render(post.layout(),
                            LiquidData.page(content.postData().get(i), rendered.content()), content.model(),
                            rendered.content(), post.source(), problems));
        });
    }
}
