package io.github.blogpublish.output;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.template.JekyllFilters;
import io.github.blogpublish.template.LiquidData;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * jekyll-archives: a page per tag, category, year, month or day, as its {@code jekyll-archives:} settings enable
 * them ({@code enabled}: a list of {@code tags}, {@code categories}, {@code year}, {@code month}, {@code day}, or
 * {@code all}), through {@code layouts} (default {@code layout: archive}) at {@code permalinks} ({@code /tag/:name/},
 * {@code /category/:name/}, {@code /:year/}, {@code /:year/:month/}, {@code /:year/:month/:day/}). Each page has
 * {@code page.type}, {@code page.title} (the tag or category), {@code page.date} (of a date archive) and
 * {@code page.posts}, newest first; pages come in the plugin's order.
 */
final class ArchivePages {

    private static final Map<String, String> PERMALINKS = Map.of("year", "/:year/", "month", "/:year/:month/",
            "day", "/:year/:month/:day/", "tag", "/tag/:name/", "category", "/category/:name/");

    private ArchivePages() {
    }

    static List<GeneratedPage> pages(SiteConfig config, List<Map<String, Object>> posts, Problems problems) {
        Map<?, ?> settings = config.custom().get("jekyll-archives") instanceof Map<?, ?> m ? m : Map.of();
        Archive archive = new Archive(config, settings, problems);
        List<GeneratedPage> pages = new ArrayList<>();
        if (archive.enabled("tags")) {
            LiquidData.groups(posts, "tags").forEach((name, list) -> archive.named("tag", name, list).ifPresent(pages::add));
        }
        if (archive.enabled("categories")) {
            LiquidData.groups(posts, "categories")
                    .forEach((name, list) -> archive.named("category", name, list).ifPresent(pages::add));
        }
        Map<String, List<Map<String, Object>>> years = byDate(reversed(posts), "yyyy");
        years.forEach((year, yearPosts) -> {
            archive.dated("year", yearPosts, year).ifPresent(pages::add);
            byDate(yearPosts, "MM").forEach((month, monthPosts) -> {
                archive.dated("month", monthPosts, year, month).ifPresent(pages::add);
                byDate(monthPosts, "dd").forEach((day, dayPosts) ->
                        archive.dated("day", dayPosts, year, month, day).ifPresent(pages::add));
            });
        });
        return pages;
    }

    /**
     * The posts by a part of their date, in the order the posts first name each value; each group newest first
     * (the plugin sorts every group so, and goes through the years from the oldest).
     */
    private static Map<String, List<Map<String, Object>>> byDate(List<Map<String, Object>> posts, String part) {
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern(part, java.util.Locale.ROOT);
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (Map<String, Object> post : posts) {
            if (post.get("date") instanceof ZonedDateTime date) {
                groups.computeIfAbsent(format.format(date), k -> new ArrayList<>()).add(post);
            }
        }
        groups.values().forEach(list -> list.sort(java.util.Comparator.comparing(
                (Map<String, Object> p) -> (ZonedDateTime) p.get("date")).reversed()));
        return groups;
    }

    private static List<Map<String, Object>> reversed(List<Map<String, Object>> posts) {
        List<Map<String, Object>> oldestFirst = new ArrayList<>(posts);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** The settings of one site's archives, and the page of one archive. */
    private record Archive(SiteConfig config, Map<?, ?> settings, Problems problems) {

        boolean enabled(String kind) {
            Object enabled = settings.get("enabled");
            return Boolean.TRUE.equals(enabled) || "all".equals(enabled)
                    || enabled instanceof List<?> list && list.contains(kind);
        }

        Optional<GeneratedPage> named(String type, String name, List<Map<String, Object>> posts) {
            String slug = JekyllFilters.slugify(name, "default");
            return page(type, Map.of("name", slug, "type", type), name, null, posts);
        }

        Optional<GeneratedPage> dated(String type, List<Map<String, Object>> posts, String... parts) {
            if (!enabled(type)) {
                return Optional.empty();
            }
            Map<String, String> placeholders = new LinkedHashMap<>();
            String[] names = {"year", "month", "day"};
            for (int i = 0; i < parts.length; i++) {
                placeholders.put(names[i], parts[i]);
            }
            placeholders.put("type", type);
            ZonedDateTime date = ZonedDateTime.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                    parts.length > 2 ? Integer.parseInt(parts[2]) : 1, 0, 0, 0, 0, config.timezone());
            return page(type, placeholders, null, date, posts);
        }

        private Optional<GeneratedPage> page(String type, Map<String, String> placeholders, String title,
                                             ZonedDateTime date, List<Map<String, Object>> posts) {
            String template = String.valueOf(setting("permalinks", type).orElse(PERMALINKS.get(type)));
            String url = template;
            for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
                url = url.replace(":" + placeholder.getKey(), placeholder.getValue());
            }
            String refused = Permalink.problem(url);
            if (refused != null) {
                problems.report(Rule.PERMALINK_INVALID, SourceLocation.of(config.sourceDirectory().resolve("_config.yml")),
                        "jekyll-archives: the " + type + " archive's permalink " + url + " " + refused,
                        "write permalinks: of jekyll-archives as /tag/:name/ and the like");
                return Optional.empty();
            }
            url = Permalink.normalize(url);
            String layout = String.valueOf(setting("layouts", type).orElse(
                    settings.get("layout") instanceof String own ? own : "archive"));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("layout", layout);
            data.put("type", type);
            data.put("title", title);
            data.put("date", date);
            data.put("posts", List.copyOf(posts));
            String path = Permalink.outputPath(url);
            data.put("name", path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.html$", ""));
            data.put("path", path);
            data.put("url", Permalink.encode(url));
            data.put("permalink", null);
            return Optional.of(new GeneratedPage(path, Optional.of(layout), java.util.Collections.unmodifiableMap(data),
                    Optional.empty(), "", config.sourceDirectory().resolve("_config.yml")));
        }

        private Optional<Object> setting(String group, String type) {
            return settings.get(group) instanceof Map<?, ?> map ? Optional.ofNullable(map.get(type)) : Optional.empty();
        }
    }
}
