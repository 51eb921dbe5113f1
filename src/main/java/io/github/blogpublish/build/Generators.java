package io.github.blogpublish.build;

import io.github.blogpublish.output.GeneratedPages;
import io.github.blogpublish.output.Feeds;
import io.github.blogpublish.output.Generator;
import io.github.blogpublish.output.HomePage;
import io.github.blogpublish.output.PagePages;
import io.github.blogpublish.output.PostPages;
import io.github.blogpublish.output.SearchIndex;
import io.github.blogpublish.output.StaticFiles;
import io.github.blogpublish.output.TemplateOutput;

import java.util.List;

/**
 * The generators of a site, in the order their files are listed (and, where two claim one path, the order that
 * names the sources in the error). The generate stage runs them side by side; a new kind of output is a new
 * entry here, not a branch in the builder.
 */
final class Generators {

    private Generators() {
    }

    /**
     * Posts, pages, the pages plugins and the built-in theme add (archives of tags, categories and years), the home
     * page (paginated), feed, sitemap, search, robots, 404, files.
     */
    static final List<Generator> BUILT_IN = List.of(new PostPages(), new PagePages(), new GeneratedPages(),
            new HomePage(),
            new Feeds(), TemplateOutput.sitemap(), new SearchIndex(), TemplateOutput.robots(),
            TemplateOutput.notFound(), new StaticFiles());
}
