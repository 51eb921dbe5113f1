package io.github.blogpublish.output;

import io.github.blogpublish.model.Page;
import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.template.LiquidData;

import java.util.ArrayList;
import java.util.List;

/** Each page, and each document of a collection with output, at its URL, through its layout chain. */
public final class PagePages implements Generator {

    @Override
    public List<OutputFile> render(SiteContent content, Problems problems) {
        List<OutputFile> files = new ArrayList<>(content.pages().size());
        for (int i = 0; i < content.pages().size(); i++) {
            Page page = content.pages().get(i);
            if (!page.output() || content.replaced(Permalink.outputPath(page.url()))) {
                continue; // a document of a collection without output, or a page a plugin writes in its place
            }
            String html = content.pageContent().get(i);
            PageReuse.unkept(content, Permalink.outputPath(page.url()), page.layout(), page.source(),
                            () -> content.layouts().render(page.layout(), LiquidData.page(page, html), content.model(),
                                    html, page.source(), problems))
                    .ifPresent(files::add);
        }
        return files;
    }
}
