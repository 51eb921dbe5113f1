package io.github.blogpublish.build;

import io.github.blogpublish.problem.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a successful build did.
 *
 * @param posts           posts written
 * @param files           files written in all
 * @param outputDirectory where the site is
 * @param skipped         posts left out, each as {@code path (reason)}
 * @param warnings        every warning found
 * @param stageMillis     wall time of each stage, in pipeline order
 * @param config          the settings the site was built with, {@code _config.yml} included
 */
public record BuildResult(int posts, int files, Path outputDirectory, List<String> skipped, List<Problem> warnings,
                          Map<String, Long> stageMillis, io.github.blogpublish.config.SiteConfig config) {

    /** Stage times as the logs show them: {@code [scan 65 ms, front matter 257 ms]}. */
    public static String stages(Map<String, Long> stageMillis) {
        return stageMillis.entrySet().stream().map(stage -> stage.getKey() + " " + stage.getValue() + " ms")
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
}
