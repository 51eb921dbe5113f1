package io.github.blogpublish.output;

import io.github.blogpublish.problem.Problems;

import java.util.List;

/**
 * A generator makes one kind of the site's files (post pages, the home page, archives, the feed, ...) from the
 * rendered content. The build lists the generators in one ordered list ({@code build.Generators}): a new kind of
 * output, such as a theme plugin's, is one more entry there.
 */
public interface Generator {

    /** The files this generator contributes; problems (such as a layout failing) are reported, not thrown. */
    List<OutputFile> render(SiteContent content, Problems problems);

    /**
     * Makes {@code count} files side by side, the i-th by {@code file}, and lists them in index order whatever
     * the threads; one that came out empty (its problem reported) is left out.
     */
    static List<OutputFile> inOrder(int count, java.util.function.IntFunction<java.util.Optional<OutputFile>> file) {
        return java.util.stream.IntStream.range(0, count).parallel().mapToObj(file)
                .flatMap(java.util.Optional::stream).toList();
    }
}
