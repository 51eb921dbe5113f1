package io.github.blogpublish.template;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Page;
import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.model.StaticFile;

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

    /**
     * The rendered posts, newest first, as {@code page} or items of {@code site.posts}: each with its
     * {@code content} and {@code excerpt} as HTML, and {@code previous} (older) and {@code next} (newer) as
     * Jekyll has them, given by title and URL so the data stays a tree.
     */
    public static List<Map<String, Object>> posts(List<RenderedPost> rendered) {
        // Each item on its own, side by side: 10,000 posts on every build.
        return java.util.stream.IntStream.range(0, rendered.size()).parallel().mapToObj(i -> {
            Map<String, Object> data = data(rendered.get(i).post());
            // Where the content and excerpt stand; taken from the post when a template first reads them.
            data.put("content", PostItem.CONTENT);
            data.put("excerpt", PostItem.EXCERPT);
            if (i + 1 < rendered.size()) {
                data.put("previous", neighbour(rendered.get(i + 1).post()));
            }
            if (i > 0) {
                data.put("next", neighbour(rendered.get(i - 1).post()));
            }
            return (Map<String, Object>) new PostItem(Collections.unmodifiableMap(data), rendered.get(i));
        }).toList();
    }

    /**
     * Gives an item of {@link #posts} the text of its post rendered again (an edit of the body alone): every list of
     * the site that holds the item shows the new text.
     *
     * @throws IllegalArgumentException when the item is not one of {@link #posts}, or {@code rendered} is another post
     */
    public static void replaceText(Map<String, Object> item, RenderedPost rendered) {
        if (!(item instanceof PostItem post)) {
            throw new IllegalArgumentException("not an item of site.posts");
        }
        post.text(rendered);
    }

    /**
     * A map of these keys and values in this order. Not {@code Map.of}, whose order changes from one JVM to the
     * next: a template that lists the keys, and the incremental build's keys, must see the same order every run.
     */
    public static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, Object> neighbour(Post post) {
        return ordered("title", post.title(), "url", Permalink.encode(post.url()), "date", post.date());
    }

    /** {@code site.pages}: each page's title, URL and path (and front matter), by path. */
    public static List<Map<String, Object>> pages(List<Page> pages) {
        return pages.stream().filter(page -> page.collection().isEmpty()).map(LiquidData::document).toList();
    }

    /** A page or document as {@code site.pages} and {@code site.<label>} list it: its data but its content. */
    private static Map<String, Object> document(Page page) {
        Map<String, Object> data = new LinkedHashMap<>(page.frontMatter());
        data.put("title", title(page));
        data.put("url", Permalink.encode(page.url()));
        data.put("path", page.relativePath());
        if (!page.collection().isEmpty()) {
            data.put("collection", page.collection());
            data.put("relative_path", page.relativePath());
        }
        return Collections.unmodifiableMap(data);
    }

    /** A page's title; none when neither its front matter nor its file name gives one, as in Jekyll. */
    private static String title(Page page) {
        return page.title().isEmpty() && !page.frontMatter().containsKey("title") ? null : page.title();
    }

    /**
     * {@code site.<label>} for each collection (its documents, sorted by its {@code sort_by} key, those without
     * the key after the others, else by path), and {@code site.collections}: every collection, {@code posts}
     * among them, by label, each with {@code label}, {@code docs}, {@code output}, {@code permalink} and
     * {@code relative_directory}.
     */
    private static void collections(Map<String, Object> site, SiteConfig config, List<Map<String, Object>> posts,
                                    List<Page> pages) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        List<Map<String, Object>> oldestFirst = new java.util.ArrayList<>(posts);
        Collections.reverse(oldestFirst); // a collection's documents are in date order, as Jekyll sorts posts
        all.add(ordered("label", "posts", "docs", oldestFirst, "output", true, "permalink", config.permalink(),
                "relative_directory", "_posts"));
        for (io.github.blogpublish.config.Collection collection : config.collections()) {
            java.util.Comparator<Page> order = java.util.Comparator.comparing(Page::relativePath);
            if (collection.sortBy().isPresent()) {
                String key = collection.sortBy().get();
                order = java.util.Comparator.<Page, Boolean>comparing(p -> !p.frontMatter().containsKey(key))
                        .thenComparing(p -> sortKey(p.frontMatter().get(key))).thenComparing(Page::relativePath);
            }
            List<Map<String, Object>> docs = pages.stream().filter(p -> p.collection().equals(collection.label()))
                    .sorted(order).map(LiquidData::document).toList();
            site.put(collection.label(), docs);
            all.add(ordered("label", collection.label(), "docs", docs, "output", collection.output(),
                    "permalink", collection.permalink(), "relative_directory", collection.folder()));
        }
        all.sort(java.util.Comparator.comparing(c -> String.valueOf(c.get("label"))));
        site.put("collections", all);
    }

    /** Numbers before text, numbers by value, text by its characters. */
    private static String sortKey(Object value) {
        if (value instanceof Number n) {
            return String.format(java.util.Locale.ROOT, "0%030.10f", n.doubleValue());
        }
        return "1" + (value == null ? "" : String.valueOf(value));
    }

    /**
     * {@code site.tags} or {@code site.categories}: each name with its posts, newest first; names in the order
     * their oldest post first names them, as Jekyll's {@code post_attr_hash} lists them.
     *
     * @param key {@code tags} or {@code categories}
     */
    public static Map<String, List<Map<String, Object>>> groups(List<Map<String, Object>> posts, String key) {
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (int i = posts.size() - 1; i >= 0; i--) {
            if (posts.get(i).get(key) instanceof List<?> names) {
                names.forEach(name -> groups.computeIfAbsent(String.valueOf(name), k -> new java.util.ArrayList<>()));
            }
        }
        for (Map<String, Object> post : posts) {
            if (post.get(key) instanceof List<?> names) {
                names.forEach(name -> groups.get(String.valueOf(name)).add(post));
            }
        }
        return groups;
    }

    private static Map<String, Object> data(Post post) {
        Map<String, Object> data = new LinkedHashMap<>(post.frontMatter());
        data.put("title", post.title());
        data.put("date", post.date());
        data.put("url", Permalink.encode(post.url()));
        String url = post.url();
        data.put("id", Permalink.encode(url.endsWith(".html") ? url.substring(0, url.length() - ".html".length()) : url));
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
        data.put("title", title(page));
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
        return baseSite(config, posts, List.of(), data);
    }

    /** {@code site} with {@code pages}, the collections, {@code tags} and {@code categories} as well. */
    public static Map<String, Object> site(SiteConfig config, List<Map<String, Object>> posts, List<Page> pages,
                                           Map<String, Object> data) {
        return site(config, posts, pages, List.of(), List.of(), data);
    }

    /**
     * {@code site} as the layouts see it: {@code pages} with the pages the site's plugins add after the site's own
     * ({@code html_pages} those written as HTML), and {@code static_files}.
     *
     * @param generated the data of each page the plugins add; one at the URL of a page of the site (a paginated
     *                  {@code index.html}, a {@code redirect_to}) stands in that page's place
     */
    public static Map<String, Object> site(SiteConfig config, List<Map<String, Object>> posts, List<Page> pages,
                                           List<Map<String, Object>> generated, List<StaticFile> statics,
                                           Map<String, Object> data) {
        List<Map<String, Object>> all = new java.util.ArrayList<>(pages(pages));
        Map<Object, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            at.putIfAbsent(all.get(i).get("url"), i);
        }
        for (Map<String, Object> page : generated) {
            Integer own = at.remove(page.get("url"));
            if (own != null) {
                all.set(own, page);
            } else {
                all.add(page);
            }
        }
        Map<String, Object> site = new LinkedHashMap<>(baseSite(config, posts, all, data));
        site.put("html_pages", all.stream().filter(page -> {
            String url = String.valueOf(page.get("url"));
            return url.endsWith("/") || url.endsWith(".html") || url.endsWith(".htm");
        }).toList());
        site.put("static_files", statics.stream().map(file -> {
            String name = file.relativePath().substring(file.relativePath().lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            return ordered("path", Permalink.encode(file.url()), "name", name,
                    "basename", dot > 0 ? name.substring(0, dot) : name, "extname", dot > 0 ? name.substring(dot) : "");
        }).toList());
        collections(site, config, posts, pages);
        return Collections.unmodifiableMap(site);
    }

    /** Whether the POM or {@code _config.yml} gives this setting. */
    private static boolean configured(SiteConfig config, String key) {
        return config.custom().containsKey(key) || switch (key) {
            case "title" -> !config.title().isEmpty();
            case "description" -> !config.description().isEmpty();
            default -> !config.author().isEmpty();
        };
    }

    private static Map<String, Object> baseSite(SiteConfig config, List<Map<String, Object>> posts,
                                                List<Map<String, Object>> pages, Map<String, Object> data) {
        Map<String, Object> site = new LinkedHashMap<>(config.custom());
        // A setting no file gives is none, as in Jekyll, not an empty text: themes test {% if site.author %}.
        site.put("title", configured(config, "title") ? config.title() : null);
        site.put("description", configured(config, "description") ? config.description() : null);
        // None when no setting gives one, as in Jekyll: an empty url: is still a URL (jekyll-seo-tag's canonical).
        site.put("url", config.custom().containsKey("url") || !config.url().isEmpty() ? config.url() : null);
        site.put("baseurl", config.baseurl());
        // A map (name, email, uri) stays one, as jekyll-feed and jekyll-seo-tag read it.
        if (!config.author().isEmpty() || !(config.custom().get("author") instanceof Map<?, ?>)) {
            site.put("author", configured(config, "author") ? config.author() : null);
        }
        if (config.custom().get("lang") != null) {
            site.put("lang", config.lang()); // else none, as in Jekyll: themes and plugins give their own default
        }
        site.put("timezone", config.timezone().getId());
        site.put("permalink", config.permalink());
        site.put("posts", posts);
        site.put("pages", pages);
        site.put("tags", groups(posts, "tags"));
        site.put("categories", groups(posts, "categories"));
        site.put("data", data);
        // Jekyll's build time; here the newest post's date, so that the same sources give the same site.
        site.put("time", posts.isEmpty() ? java.time.ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, config.timezone())
                : posts.get(0).get("date"));
        return Collections.unmodifiableMap(site);
    }
}
