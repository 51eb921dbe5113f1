package io.github.blogpublish.output;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.template.LiquidData;

import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The lists the built-in theme gives every blog: a page per tag and per category ({@code /tags/<tag>/},
 * {@code /categories/<category>/}, layout {@code archive}, newest first; names slugged as Jekyll's {@code slugify}
 * does, keeping every script: {@code /tags/회고/}), an index of each with counts ({@code /tags/},
 * {@code /categories/}, layout {@code terms}) and the posts year by year ({@code /archive/}, layout
 * {@code years}), whatever else the site has: the theme's posts link their tags and categories there. A page
 * or file of the site's own at one of these paths wins, as does a plugin's page (jekyll-archives configured with
 * {@code /tags/:name/}). Their titles are the theme's words
 * ({@code site.data.blog_theme}) in the site's language.
 */
public final class ThemePages {

    private ThemePages() {
    }

    /**
     * @param posts    the Liquid data of the published posts, newest first
     * @param data     {@code site.data}, where the theme's words are
     * @param ownPaths the paths the site's own pages and files and the plugins' pages take
     */
    public static List<GeneratedPage> of(SiteConfig config, List<Map<String, Object>> posts, Map<String, Object> data,
                                         java.util.Set<String> ownPaths) {
        Map<?, ?> words = words(config, data);
        List<GeneratedPage> pages = new ArrayList<>();
        for (String kind : List.of("tags", "categories")) {
            Map<String, List<Map<String, Object>>> groups = LiquidData.groups(posts, kind);
            List<Map<String, Object>> terms = new ArrayList<>();
            String word = text(words, kind.equals("tags") ? "tag" : "category");
            groups.forEach((name, list) -> {
                String slug = slug(name);
                if (slug.isEmpty()) {
                    return;
                }
                String url = "/" + kind + "/" + slug + "/";
                terms.add(LiquidData.ordered("name", name, "url", Permalink.encode(url), "count", list.size()));
                Map<String, Object> page = data(word + " " + name, url, "archive");
                page.put(kind.equals("tags") ? "tag" : "category", name);
                page.put("posts", list);
                add(pages, page, ownPaths, config);
            });
            terms.sort(java.util.Comparator.comparing((Map<String, Object> t) -> -((Integer) t.get("count")))
                    .thenComparing(t -> String.valueOf(t.get("name"))));
            Map<String, Object> index = data(text(words, kind), "/" + kind + "/", "terms");
            index.put("terms", terms);
            add(pages, index, ownPaths, config);
        }
        Map<String, List<Map<String, Object>>> years = new LinkedHashMap<>();
        for (Map<String, Object> post : posts) {
            if (post.get("date") instanceof ZonedDateTime date) {
                years.computeIfAbsent(Integer.toString(date.getYear()), y -> new ArrayList<>()).add(post);
            }
        }
        List<Map<String, Object>> byYear = new ArrayList<>();
        years.forEach((year, list) -> byYear.add(LiquidData.ordered("name", year, "items", list, "size", list.size())));
        Map<String, Object> archive = data(text(words, "archive"), "/archive/", "years");
        archive.put("years", byYear);
        add(pages, archive, ownPaths, config);
        return pages;
    }

    private static Map<String, Object> data(String title, String url, String layout) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        page.put("url", Permalink.encode(url));
        page.put("layout", layout);
        page.put("generated", true);
        return page;
    }

    private static void add(List<GeneratedPage> pages, Map<String, Object> page, java.util.Set<String> ownPaths,
                            SiteConfig config) {
        String path = Permalink.outputPath(Permalink.decode(String.valueOf(page.get("url"))).orElse("/"));
        if (!ownPaths.contains(path)) {
            pages.add(new GeneratedPage(path, Optional.of(String.valueOf(page.get("layout"))),
                    java.util.Collections.unmodifiableMap(page), Optional.empty(), "", config.sourceDirectory()));
        }
    }

    /** The theme's words in the site's language ({@code site.data.blog_theme.<lang>}), else in English. */
    private static Map<?, ?> words(SiteConfig config, Map<String, Object> data) {
        Map<?, ?> all = data.get("blog_theme") instanceof Map<?, ?> m ? m : Map.of();
        Object own = config.custom().get("lang") == null ? null : all.get(config.lang());
        return own instanceof Map<?, ?> m ? m : all.get("en") instanceof Map<?, ?> en ? en : Map.of();
    }

    private static String text(Map<?, ?> words, String key) {
        Object word = words.get(key);
        return word == null ? key : String.valueOf(word);
    }

    /** Lower case; runs of anything but letters, marks and digits become one hyphen. */
    static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{M}\\p{Nd}]+", "-")
                .replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
    }
}
