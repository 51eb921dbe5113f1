package io.github.blogpublish.output;

import java.util.List;

/** The outputs of a site, in the order they are produced. */
public final class SiteOutputs {

    private SiteOutputs() {
    }

    /** Posts, pages, the home page (paginated), tag and category archives, feed, sitemap, search, robots, 404, files. */
    public static List<OutputFormat> all() {
        return List.of(new PostPages(), new PagePages(), new HomePage(), new Archives(), TemplateOutput.feed(),
                TemplateOutput.sitemap(), new SearchIndex(), TemplateOutput.robots(), TemplateOutput.notFound(),
                new StaticFiles());
    }
}
