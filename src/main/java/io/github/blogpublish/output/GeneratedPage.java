package io.github.blogpublish.output;

import io.github.blogpublish.model.Page;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A page that a Jekyll plugin adds to the site rather than a file of it: a page of the paginated
 * {@code index.html} (jekyll-paginate), an archive (jekyll-archives), a redirect or {@code redirects.json}
 * (jekyll-redirect-from). Each is listed in {@code site.pages}, as the plugins add theirs, and written by
 * {@link GeneratedPages}.
 *
 * @param path    where it is written, below the output folder
 * @param layout  its layout; empty to write the content as it is
 * @param data    {@code page}: its URL, title and what the plugin gives it ({@code paginator}, {@code posts}, ...)
 * @param body    the page whose body is rendered with this page's data (the {@code index.html} a paginator pages);
 *                empty for a page with {@code content} of its own
 * @param content the content of a page without a body to render ({@code ""} for an archive)
 * @param origin  the source named in problems
 */
public record GeneratedPage(String path, Optional<String> layout, Map<String, Object> data, Optional<Page> body,
                            String content, Path origin) {
}
