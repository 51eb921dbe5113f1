package io.github.blogpublish.build;

import io.github.blogpublish.model.Page;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.StaticFile;
import io.github.blogpublish.model.StyleSheet;
import io.github.blogpublish.template.LinkTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The link table of the sources, made once the front matter is read: every URL a source's path stands for. */
final class SourceLinks {

    private SourceLinks() {
    }

    /**
     * What {@code post_url} and {@code link} resolve: posts by file name without extension (and with the folder
     * below {@code _posts}), and every post, page, static file and Sass file (by its CSS) by its source path.
     */
    static LinkTable of(List<Post> posts, List<Page> pages, List<StaticFile> statics, List<StyleSheet> styles) {
        Map<String, String> byName = new LinkedHashMap<>();
        Map<String, String> byPath = new LinkedHashMap<>();
        for (Post post : posts) {
            String path = post.relativePath();
            String inPosts = path.substring(path.indexOf("_posts/") + "_posts/".length());
            String stem = inPosts.endsWith(".md") ? inPosts.substring(0, inPosts.length() - 3)
                    : inPosts.endsWith(".markdown") ? inPosts.substring(0, inPosts.length() - 9) : inPosts;
            byName.putIfAbsent(stem, post.url());
            byName.putIfAbsent(stem.substring(stem.lastIndexOf('/') + 1), post.url());
            byPath.put(path, post.url());
        }
        pages.stream().filter(Page::output).forEach(page -> byPath.put(page.relativePath(), page.url()));
        statics.forEach(file -> byPath.put(file.relativePath(), file.url()));
        styles.forEach(style -> byPath.put(style.relativePath(), style.url()));
        return new LinkTable(byName, byPath);
    }
}
