package io.github.blogpublish.build;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.template.LayoutEngine;

import java.util.List;

/**
 * The result of the checking stages: a site whose sources are all valid.
 *
 * @param config   the settings, completed from {@code _config.yml}
 * @param layouts  every layout, parsed and with its chain checked
 * @param posts    the posts that will be published, newest first
 * @param skipped  the posts left out, each as {@code path (reason)}
 * @param checked  how many post files were checked
 * @param warnings every warning found
 */
public record ValidatedSite(SiteConfig config, LayoutEngine layouts, List<Post> posts, List<String> skipped,
                            int checked, List<Problem> warnings) {
}
