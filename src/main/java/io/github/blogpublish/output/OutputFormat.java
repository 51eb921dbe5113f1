package io.github.blogpublish.output;

import io.github.blogpublish.problem.Problems;

import java.util.List;

/** One kind of output file (post pages, home page, feed, ...). The build lists them in order. */
public interface OutputFormat {

    /** The files this format contributes; problems (such as a layout failing) are reported, not thrown. */
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
