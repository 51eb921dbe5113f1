package io.github.blogpublish.output;

import io.github.blogpublish.problem.Problems;

import java.util.List;

/** One kind of output file (post pages, home page, feed, ...). The build lists them in order. */
public interface OutputFormat {

    /** The files this format contributes; problems (such as a layout failing) are reported, not thrown. */
    List<OutputFile> render(SiteContent content, Problems problems);
}
