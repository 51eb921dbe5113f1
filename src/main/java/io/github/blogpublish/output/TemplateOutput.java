package io.github.blogpublish.output;

import io.github.blogpublish.template.LiquidData;

import io.github.blogpublish.problem.Problems;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One file made from one layout ({@code feed.xml} from layout {@code feed}, ...). The site's own page or
 * file at the same path wins, so a blog keeps its hand-written {@code robots.txt} or {@code 404.html}.
 */
public class TemplateOutput implements Generator {

    private final String path;
    private final String layout;
    private final String title;

    TemplateOutput(String path, String layout, String title) {
        this.path = path;
        this.layout = layout;
        this.title = title;
    }

    @Override
    public List<OutputFile> render(SiteContent content, Problems problems) {
        if (content.ownPaths().contains(path)) {
            return List.of();
        }
        return page(content, path, layout, LiquidData.ordered("title", title, "url", "/" + path), problems)
                .map(List::of).orElse(List.of());
    }

    /** Renders one layout with the given {@code page} data into one file. */
    static Optional<OutputFile> page(SiteContent content, String path, String layout, Map<String, Object> page,
                                     Problems problems) {
        java.nio.file.Path origin = content.config().sourceDirectory();
        // A home page or archive lists posts: reused while their titles, dates and URLs stay, unless it shows
        // their content.
        return PageReuse.page(content, path, Optional.of(layout), page, "", null, origin,
                () -> content.layouts().render(Optional.of(layout), page, content.model(), "", origin, problems));
    }

    /** {@code /sitemap.xml}: every post and page, for search engines. */
    public static Generator sitemap() {
        return new TemplateOutput("sitemap.xml", "sitemap", "Sitemap");
    }

    /** {@code /robots.txt}: names the sitemap, as jekyll-sitemap writes it (allows everything without a site URL). */
    public static Generator robots() {
        return new TemplateOutput("robots.txt", "robots", "Robots");
    }

    /** {@code /404.html}: the page servers show for a missing URL. */
    public static Generator notFound() {
        return new TemplateOutput("404.html", "404", "Page not found");
    }
}
