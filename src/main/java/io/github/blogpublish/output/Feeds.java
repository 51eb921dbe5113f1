package io.github.blogpublish.output;

import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.template.LiquidData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Atom feeds, as jekyll-feed makes them from its {@code feed:} settings: {@code /feed.xml} (or {@code path})
 * of the newest posts ({@code posts_limit}, default 10), one per category of {@code categories}
 * ({@code /feed/<category>.xml}), one per tag with {@code tags} ({@code true}, or {@code only}, {@code except},
 * {@code path}; tags of letters, digits and {@code _} only, as the plugin has it), and one per collection of
 * {@code collections} ({@code /feed/<label>.xml}). Each is layout {@code feed}; the site's own file at the same
 * path wins.
 */
public final class Feeds implements Generator {

    @Override
    public List<OutputFile> render(SiteContent content, Problems problems) {
        Map<?, ?> settings = content.config().custom().get("feed") instanceof Map<?, ?> m ? m : Map.of();
        List<Map<String, Object>> feeds = new ArrayList<>();
        Map<?, ?> collections = collections(settings.get("collections"));
        Object postsPath = collections.get("posts") instanceof Map<?, ?> posts && posts.get("path") != null
                ? posts.get("path") : settings.get("path");
        feeds.add(feed(postsPath instanceof String p ? p : "/feed.xml", "posts", null, null));
        for (Object category : list(settings.get("categories"))) {
            feeds.add(feed("/feed/" + category + ".xml", "posts", String.valueOf(category), null));
        }
        collections.forEach((label, meta) -> {
            if (!"posts".equals(label)) {
                Map<?, ?> own = meta instanceof Map<?, ?> m ? m : Map.of();
                feeds.add(feed(own.get("path") instanceof String p ? p : "/feed/" + label + ".xml",
                        String.valueOf(label), null, null));
                for (Object category : list(own.get("categories"))) {
                    feeds.add(feed("/feed/" + label + "/" + category + ".xml", String.valueOf(label),
                            String.valueOf(category), null));
                }
            }
        });
        Object tags = settings.get("tags");
        if (tags != null && !Boolean.FALSE.equals(tags)) {
            Map<?, ?> tagSettings = tags instanceof Map<?, ?> m ? m : Map.of();
            List<Object> pool = new ArrayList<>(tagSettings.get("only") instanceof List<?> only ? only
                    : new ArrayList<>(LiquidData.groups(content.postData(), "tags").keySet()));
            pool.removeAll(list(tagSettings.get("except")));
            String folder = tagSettings.get("path") instanceof String p ? p : "/feed/by_tag/";
            pool.stream().map(String::valueOf).filter(tag -> tag.matches("[a-zA-Z0-9_]+"))
                    .forEach(tag -> feeds.add(feed(folder + tag + ".xml", "posts", null, tag)));
        }
        List<String> paths = feeds.stream().map(feed -> String.valueOf(feed.get("url")).substring(1)).toList();
        return Generator.inOrder(feeds.size(), i -> content.ownPaths().contains(paths.get(i)) ? java.util.Optional.empty()
                : TemplateOutput.page(content, paths.get(i), "feed", feeds.get(i), problems));
    }

    private static Map<String, Object> feed(String path, String collection, String category, String tags) {
        return LiquidData.ordered("title", "Feed", "url", path.startsWith("/") ? path : "/" + path, "sitemap", false,
                "collection", collection, "category", category, "tags", tags);
    }

    /** {@code collections:} of the feed settings: a list of labels or a map of labels to settings. */
    private static Map<?, ?> collections(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        Map<Object, Object> labels = new java.util.LinkedHashMap<>();
        list(value).forEach(label -> labels.put(label, Map.of()));
        return labels;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
