package io.github.blogpublish.output;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Page;
import io.github.blogpublish.problem.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pages the Jekyll plugins a site lists would add, in the order Jekyll's generators add them: the archives of
 * jekyll-archives, then the pages of jekyll-paginate, then the redirects of jekyll-redirect-from. Known before
 * anything is rendered, so {@code site.pages} lists them as Jekyll's does.
 */
public final class PluginPages {

    private PluginPages() {
    }

    /**
     * @param posts the Liquid data of the published posts, newest first
     * @param pages the site's pages and collection documents
     */
    public static List<GeneratedPage> of(SiteConfig config, List<Map<String, Object>> posts, List<Page> pages,
                                         Problems problems) {
        List<GeneratedPage> generated = new ArrayList<>();
        if (config.plugins().contains("jekyll-archives")) {
            generated.addAll(ArchivePages.pages(config, posts, problems));
        }
        if (config.plugins().contains("jekyll-paginate")) {
            generated.addAll(Pagination.pages(config, posts, pages));
        }
        if (config.plugins().contains("jekyll-redirect-from")) {
            generated.addAll(RedirectPages.pages(config, posts, pages));
        }
        return List.copyOf(generated);
    }
}
