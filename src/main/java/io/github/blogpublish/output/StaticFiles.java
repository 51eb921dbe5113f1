package io.github.blogpublish.output;

import io.github.blogpublish.problem.Problems;

import java.util.List;

/** Images, styles and other files, copied as they are to the same path. */
public final class StaticFiles implements Generator {

    @Override
    public List<OutputFile> render(SiteContent content, Problems problems) {
        return content.statics().stream().map(f -> OutputFile.copy(f.relativePath(), f.source())).toList();
    }
}
