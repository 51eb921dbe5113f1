package io.github.blogpublish.output;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.template.LayoutEngine;

import java.util.List;
import java.util.Map;

/**
 * Everything the output formats render from, made once per build.
 *
 * @param config   the site settings
 * @param posts    the published posts, newest first
 * @param postData Liquid data of each post, same order as {@code posts}
 * @param site     Liquid {@code site} data
 * @param layouts  the parsed layouts
 */
public record SiteContent(SiteConfig config, List<RenderedPost> posts, List<Map<String, Object>> postData,
                          Map<String, Object> site, LayoutEngine layouts) {
}
