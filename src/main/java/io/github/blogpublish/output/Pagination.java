package io.github.blogpublish.output;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Page;
import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.template.LiquidData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * jekyll-paginate: with {@code paginate: N}, the site's own {@code index.html} (an HTML file, as the plugin
 * requires, in the folder of {@code paginate_path}) is written once per N posts: page 1 where it stands, page k at
 * {@code paginate_path} ({@code /page:num/} by default), each rendered with its {@code paginator}. The built-in home
 * page is paginated by {@link HomePage} the same way.
 */
final class Pagination {

    private Pagination() {
    }

    static List<GeneratedPage> pages(SiteConfig config, List<Map<String, Object>> posts, List<Page> pages) {
        int perPage = config.paginate();
        String pattern = pattern(config);
        String folder = pattern.substring(0, pattern.lastIndexOf('/', pattern.indexOf(":num")) + 1);
        Optional<Page> index = pages.stream().filter(page -> page.collection().isEmpty())
                .filter(page -> page.relativePath().equals(folder.substring(1) + "index.html")).findFirst();
        if (perPage == 0 || index.isEmpty()) {
            return List.of();
        }
        int count = Math.max(1, (posts.size() + perPage - 1) / perPage);
        List<GeneratedPage> generated = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            String url = number == 1 ? index.get().url() : path(pattern, number);
            Map<String, Object> data = new LinkedHashMap<>(LiquidData.page(index.get(), ""));
            data.remove("content");
            data.put("url", Permalink.encode(url));
            data.put("paginator", paginator(posts, perPage, number, count, pattern));
            generated.add(new GeneratedPage(Permalink.outputPath(url), index.get().layout(), data, index, "",
                    index.get().source()));
        }
        return generated;
    }

    /** {@code paginate_path}, {@code /page:num/} unless set. */
    static String pattern(SiteConfig config) {
        return config.custom().get("paginate_path") instanceof String p && p.contains(":num")
                ? (p.startsWith("/") ? p : "/" + p) : "/page:num/";
    }

    /** Page 1 is the home page; page N follows {@code paginate_path}. */
    static String path(String pattern, int number) {
        if (number == 1) {
            return "/";
        }
        String path = "/" + pattern.replace(":num", Integer.toString(number)).replaceAll("^/+|/+$", "") + "/";
        return path.endsWith("/index.html/") ? path.substring(0, path.length() - "index.html/".length()) : path;
    }

    /** Jekyll's {@code paginator} of page {@code number}. */
    static Map<String, Object> paginator(List<Map<String, Object>> posts, int perPage, int number, int pages,
                                         String pattern) {
        Map<String, Object> paginator = new LinkedHashMap<>();
        paginator.put("page", number);
        paginator.put("per_page", perPage);
        paginator.put("posts", posts.subList(Math.min(posts.size(), (number - 1) * perPage),
                Math.min(posts.size(), number * perPage)));
        paginator.put("total_posts", posts.size());
        paginator.put("total_pages", pages);
        paginator.put("previous_page", number > 1 ? number - 1 : null);
        paginator.put("previous_page_path", number > 1 ? path(pattern, number - 1) : null);
        paginator.put("next_page", number < pages ? number + 1 : null);
        paginator.put("next_page_path", number < pages ? path(pattern, number + 1) : null);
        return paginator;
    }
}
