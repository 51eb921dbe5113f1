package io.github.blogpublish.output;

import io.github.blogpublish.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code index.html}: the {@code home} layout, which lists {@code site.posts} newest first. */
public final class HomePage implements OutputFormat {

    /** The layout that renders the home page. */
    public static final String LAYOUT = "home";

    @Override
    public List<OutputFile> render(SiteContent content, Problems problems) {
        if (content.hasOwnHomePage()) {
            return List.of();
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", content.config().title());
        page.put("url", "/");
        page.put("layout", LAYOUT);
        java.nio.file.Path origin = content.config().sourceDirectory();
        return content.layouts().render(Optional.of(LAYOUT), page, content.model(), "", origin, problems)
                .map(html -> List.of(new OutputFile("index.html", html.getBytes(StandardCharsets.UTF_8), origin)))
                .orElse(List.of());
    }
}
