package io.github.blogpublish.output;

import io.github.blogpublish.problem.Problems;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /tags/<tag>/} and {@code /categories/<category>/}: one page per name listing its posts, newest
 * first, through layout {@code archive}. Names are slugged as Jekyll's {@code slugify} does, keeping every
 * script ({@code /tags/회고/}). A site that lists jekyll-archives gets the plugin's pages instead ({@link ArchivePages}).
 */
public final class Archives implements Generator {

    @Override
    public List<OutputFile> render(SiteContent content, Problems problems) {
        if (content.config().plugins().contains("jekyll-archives")) {
            return List.of(); // the site's archives are the plugin's, as its settings make them
        }
        List<Map<String, Object>> pages = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (String kind : List.of("tags", "categories")) {
            Map<?, ?> groups = content.model().site().get(kind) instanceof Map<?, ?> m ? m : Map.of();
            groups.forEach((name, posts) -> {
                String slug = slug(String.valueOf(name));
                if (slug.isEmpty()) {
                    return;
                }
                String path = kind + "/" + slug + "/index.html";
                if (content.ownPaths().contains(path)) {
                    return;
                }
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("title", (kind.equals("tags") ? "Tag: " : "Category: ") + name);
                page.put("url", "/" + kind + "/" + slug + "/");
                page.put(kind.equals("tags") ? "tag" : "category", String.valueOf(name));
                page.put("posts", posts);
                pages.add(page);
                paths.add(path);
            });
        }
        return Generator.inOrder(pages.size(),
                i -> TemplateOutput.page(content, paths.get(i), "archive", pages.get(i), problems));
    }

    /** Lower case; runs of anything but letters, marks and digits become one hyphen. */
    static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{M}\\p{Nd}]+", "-")
                .replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
    }
}
