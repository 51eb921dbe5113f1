package io.github.blogpublish.build;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Page;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.StaticFile;
import io.github.blogpublish.model.StyleSheet;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.source.SourceTree;
import io.github.blogpublish.template.LayoutEngine;
import io.github.blogpublish.template.LinkTable;

import java.util.List;
import java.util.Map;

/**
 * The result of the checking stages: a site whose sources are all valid.
 *
 * @param config   the settings, completed from {@code _config.yml}
 * @param tree     what the scan found (includes are read from it when rendering)
 * @param layouts  every layout, parsed and with its chain checked
 * @param links    the URL of every post, page and file, for post_url and link
 * @param posts    the posts that will be published, newest first
 * @param pages    the published pages, by path
 * @param statics  the files copied as they are, by path
 * @param styles   the Sass files compiled to CSS, by path
 * @param data     {@code site.data}
 * @param skipped  the posts left out, each as {@code path (reason)}
 * @param checked  how many post files were checked
 * @param warnings every warning found
 * @param bodies   for the incremental build, a digest of each post's body by the post's path (empty without one);
 *                 a post reused without reading its file again has an empty body here and its digest there
 */
public record ValidatedSite(SiteConfig config, SourceTree tree, LayoutEngine layouts, LinkTable links, List<Post> posts, List<Page> pages,
                            List<StaticFile> statics, List<StyleSheet> styles, Map<String, Object> data, List<String> skipped, int checked,
                            List<Problem> warnings, Map<String, BodyDigest> bodies) {

    /**
     * @param digest the checksum of the post's body text ({@code Hashes.checksum} of its UTF-8)
     * @param unread  whether the file was not read this build (its size, time and identity were as recorded)
     * @param headKey a key of the post but its body: of its file's text before the body, its path and the settings
     */
    public record BodyDigest(String digest, boolean unread, String headKey) {
    }
}
