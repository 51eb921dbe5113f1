package io.github.blogpublish.output;

import io.github.blogpublish.problem.Problems;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code index.html}: the {@code home} layout, which lists the posts newest first. With {@code paginate: N}
 * in {@code _config.yml} it is split into pages of N posts ({@code /}, then {@code /page2/}, ... or as
 * {@code paginate_path} says) and the layout gets Jekyll's {@code paginator}. A site page at {@code /}
 * replaces it.
 */
public final class HomePage implements Generator {

    private static final java.util.regex.Pattern EDGE_SLASHES = java.util.regex.Pattern.compile("^/+|/+$");

    /** The layout that renders the home page. */
    public static final String LAYOUT = "home";

    @Override
    public List<OutputFile> render(SiteContent content, Problems problems) {
        if (content.hasOwnHomePage()) {
            return List.of();
        }
        int perPage = content.config().paginate();
        String pattern = content.config().custom().get("paginate_path") instanceof String p && p.contains(":num")
                ? p : "/page:num/";
        List<Map<String, Object>> posts = content.postData();
        int pages = perPage == 0 ? 1 : Math.max(1, (posts.size() + perPage - 1) / perPage);
        // Page by page in parallel: 1,000 of them for 10,000 posts.
        return Generator.inOrder(pages, index -> {
            int number = index + 1;
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("title", content.config().title());
            page.put("url", path(pattern, number));
            page.put("layout", LAYOUT);
            if (perPage > 0) {
                page.put("paginator", paginator(posts, perPage, number, pages, pattern));
            }
            String file = path(pattern, number).substring(1) + "index.html";
            return TemplateOutput.page(content, file, LAYOUT, page, problems);
        });
    }

    /** Page 1 is the home page; page N follows {@code paginate_path} ({@code /page:num/} unless set). */
    private static String path(String pattern, int number) {
        if (number == 1) {
            return "/";
        }
        String path = "/" + EDGE_SLASHES.matcher(pattern.replace(":num", Integer.toString(number))).replaceAll("") + "/";
        return path.endsWith("/index.html/") ? path.substring(0, path.length() - "index.html/".length()) : path;
    }

    private static Map<String, Object> paginator(List<Map<String, Object>> posts, int perPage, int number, int pages,
                                                 String pattern) {
        Map<String, Object> paginator = new LinkedHashMap<>();
        paginator.put("page", number);
        paginator.put("per_page", perPage);
        paginator.put("posts", posts.subList(Math.min(posts.size(), (number - 1) * perPage),
                Math.min(posts.size(), number * perPage)));
        paginator.put("total_posts", posts.size());
        paginator.put("total_pages", pages);
        if (number > 1) {
            paginator.put("previous_page", number - 1);
            paginator.put("previous_page_path", path(pattern, number - 1));
        }
        if (number < pages) {
            paginator.put("next_page", number + 1);
            paginator.put("next_page_path", path(pattern, number + 1));
        }
        return paginator;
    }
}
