package io.github.blogpublish.output;

import io.github.blogpublish.model.Page;
import io.github.blogpublish.problem.Problems;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the pages the site's plugins add ({@link PluginPages}): each through its layout, a page of the paginated
 * {@code index.html} with that page's body rendered again for its {@code paginator}.
 */
public final class GeneratedPages implements Generator {

    @Override
    public List<OutputFile> render(SiteContent content, Problems problems) {
        List<GeneratedPage> pages = content.generated();
        return Generator.inOrder(pages.size(), i -> render(pages.get(i), content, problems));
    }

    /** The page, reused from the last build while its data, its body's text and what it shows are the same. */
    private static Optional<OutputFile> render(GeneratedPage generated, SiteContent content, Problems problems) {
        String ownContent = generated.body().map(Page::body).orElse(generated.content());
        String liquidBody = generated.body().filter(Page::liquid).map(Page::body).orElse(null);
        return PageReuse.page(content, generated.path(), generated.layout(), generated.data(), ownContent, liquidBody,
                generated.origin(), () -> renderNow(generated, content, problems));
    }

    private static Optional<String> renderNow(GeneratedPage generated, SiteContent content, Problems problems) {
        Optional<String> body = generated.body().isPresent()
                ? body(generated.body().get(), generated.data(), content, problems) : Optional.of(generated.content());
        if (body.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> page = new LinkedHashMap<>(generated.data());
        page.put("content", body.get());
        return content.layouts().render(generated.layout(), page, content.model(), body.get(), generated.origin(),
                problems);
    }

    /** The page's body, its Liquid rendered with this page's data, then its Markdown. */
    private static Optional<String> body(Page page, Map<String, Object> data, SiteContent content, Problems problems) {
        Optional<String> text = page.liquid()
                ? content.layouts().renderBody(page.source(), page.body(), page.bodyLine(), data, content.model(), problems)
                : Optional.of(page.body());
        return page.markdown() ? text.map(content.model().markdown()) : text;
    }
}
