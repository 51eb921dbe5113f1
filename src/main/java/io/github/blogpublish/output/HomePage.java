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

    /** The layout that renders the home page. */
    public static final String LAYOUT = "home";

    @Override
    public List<OutputFile> render(SiteContent content, Problems problems) {
        if (content.hasOwnHomePage()) {
            return List.of();
        }
        int perPage = content.config().paginate();
        String pattern = Pagination.pattern(content.config());
        List<Map<String, Object>> posts = content.postData();
        int pages = perPage == 0 ? 1 : Math.max(1, (posts.size() + perPage - 1) / perPage);
        // Page by page in parallel: 1,000 of them for 10,000 posts.
        return Generator.inOrder(pages, index -> {
            int number = index + 1;
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("title", content.config().title());
            page.put("url", Pagination.path(pattern, number));
            page.put("layout", LAYOUT);
            if (perPage > 0) {
                page.put("paginator", Pagination.paginator(posts, perPage, number, pages, pattern));
            }
            String file = Pagination.path(pattern, number).substring(1) + "index.html";
            return TemplateOutput.page(content, file, LAYOUT, page, problems);
        });
    }
}
