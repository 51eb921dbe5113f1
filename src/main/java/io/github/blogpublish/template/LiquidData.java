package io.github.blogpublish.template;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Page;
import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model as Liquid sees it, with Jekyll's names: {@code page.title}, {@code page.url},
 * {@code site.posts}, ... Post data is made once per post and shared between the post's own page and every
 * list that shows it, so no page copies the whole post list.
 */
public final class LiquidData {

    private LiquidData() {
    }

    /**
     * A post as {@code page} (on its own page) or as an item of {@code site.posts}: every front matter key,
     * then the computed keys, which win.
     */
    public static Map<String, Object> post(Post post) {
        return Collections.unmodifiableMap(data(post));
    }

    /** A rendered post as {@code page} or an item of {@code site.posts}, with its {@code excerpt} as HTML. */
    public static Map<String, Object> post(RenderedPost rendered) {
        Map<String, Object> data = data(rendered.post());
        data.put("excerpt", rendered.excerpt());
        return Collections.unmodifiableMap(data);
    }

    private static Map<String, Object> data(Post post) {
        Map<String, Object> data = new LinkedHashMap<>(post.frontMatter());
        data.put("title", post.title());
        data.put("date", post.date());
        data.put("url", Permalink.encode(post.url()));
        data.put("id", Permalink.encode(post.url().replaceAll("\\.html$", "")));
        data.put("slug", post.slug());
        data.put("categories", post.categories());
        data.put("tags", post.tags());
        data.put("path", post.relativePath());
        data.put("draft", post.draft());
        post.layout().ifPresent(layout -> data.put("layout", layout));
        return data;
    }

    /** {@code page} for a page: every front matter key, then its title, URL, path and HTML {@code content}. */
    public static Map<String, Object> page(Page page, String content) {
        Map<String, Object> data = new LinkedHashMap<>(page.frontMatter());
        data.put("title", page.title());
        data.put("url", Permalink.encode(page.url()));
        data.put("path", page.relativePath());
        data.put("content", content);
        page.layout().ifPresent(layout -> data.put("layout", layout));
        return data;
    }

    /** {@code page} for a post's own page: its data plus its HTML {@code content}. */
    public static Map<String, Object> page(Map<String, Object> postData, String content) {
        Map<String, Object> data = new LinkedHashMap<>(postData);
        data.put("content", content);
        return data;
    }

    /**
     * {@code site}: every {@code _config.yml} key, the typed settings, {@code posts} newest first and
     * {@code data} (the {@code _data} files).
     *
     * @param posts post data from {@link #post(Post)}, newest first
     */
    public static Map<String, Object> site(SiteConfig config, List<Map<String, Object>> posts, Map<String, Object> data) {
        Map<String, Object> site = new LinkedHashMap<>(config.custom());
        site.put("title", config.title());
        site.put("description", config.description());
        site.put("url", config.url());
        site.put("baseurl", config.baseurl());
        site.put("author", config.author());
        site.put("lang", config.lang());
        site.put("timezone", config.timezone().getId());
        site.put("permalink", config.permalink());
        site.put("posts", posts);
        site.put("data", data);
        return Collections.unmodifiableMap(site);
    }
}
