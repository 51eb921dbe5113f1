package io.github.blogpublish.frontmatter;

import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The URL of a checked file: its {@code permalink}, its collection's pattern, a page's path, or the site's pattern
 * for a post; a permalink that would lead out of the site is reported at its line (the file then has none).
 */
final class UrlChecks {

    private final FrontMatterChecker checker;

    UrlChecks(FrontMatterChecker checker) {
        this.checker = checker;
    }

    /**
     * A document's URL from its collection's pattern, as Jekyll makes it: {@code :collection} its label,
     * {@code :path} its path inside the collection's folder without extension, {@code :name} and {@code :title}
     * its file name without extension (slugified, case kept), then the date placeholders.
     */
    private String documentUrl(io.github.blogpublish.config.Collection collection, ZonedDateTime date) {
        String relative = checker.source().relativePath();
        String inside = relative.substring(collection.folder().length());
        int dot = inside.lastIndexOf('.');
        String path = dot > inside.lastIndexOf('/') ? inside.substring(0, dot) : inside;
        String name = Permalink.slugCased(checker.baseName());
        String pattern = collection.permalink().replace(":collection", collection.label()).replace(":path", path)
                .replace(":name", name);
        String ext = checker.source().markdown() || relative.toLowerCase(java.util.Locale.ROOT).endsWith(".html")
                ? ".html" : relative.substring(relative.lastIndexOf('.'));
        return Permalink.expand(pattern.replace(":output_ext", ext), date, name, List.of());
    }

    String url(ZonedDateTime date, String slug, List<String> categories) {
        Optional<YamlLoader.Key> key = checker.key("permalink");
        if (key.isEmpty() && checker.source().collection().isPresent()) {
            try {
                return documentUrl(checker.source().collection().get(), date);
            } catch (IllegalArgumentException e) {
                checker.error(Rule.PERMALINK_INVALID, SourceLocation.of(checker.source().file()),
                        "the document's URL cannot be built: " + e.getMessage(),
                        "rename the file, or set the collection's permalink in _config.yml");
                return "/";
            }
        }
        if (key.isEmpty() && checker.source().page()) {
            try {
                return Permalink.pageUrl(checker.source().relativePath(), checker.config().permalink());
            } catch (IllegalArgumentException e) {
                checker.error(Rule.PERMALINK_INVALID, SourceLocation.of(checker.source().file()),
                        "the page's URL cannot be built: " + e.getMessage(),
                        "rename the file or folder");
                return "/";
            }
        }
        if (key.isPresent()) {
            Optional<String> value = checker.text("permalink");
            if (value.isEmpty()) {
                return "/";
            }
            String permalink = value.get().strip();
            String problem = Permalink.problem(permalink);
            if (problem != null) {
                checker.error(Rule.PERMALINK_INVALID, checker.valueAt(key.get()), "'permalink' " + problem,
                        "write a path inside the site such as permalink: /about/");
                return "/";
            }
            try {
                return Permalink.expand(permalink, date, slug, categories);
            } catch (IllegalArgumentException e) {
                checker.error(Rule.PERMALINK_INVALID, checker.valueAt(key.get()), "'permalink' cannot be used: " + e.getMessage(),
                        "write a path inside the site such as permalink: /about/");
                return "/";
            }
        }
        try {
            return Permalink.expand(checker.config().permalink(), date, slug, categories);
        } catch (IllegalArgumentException e) {
            checker.error(Rule.PERMALINK_INVALID, categoryLocation(), "the post's URL cannot be built: " + e.getMessage(),
                    "categories and slugs may not be '.' or '..' or contain backslashes");
            return "/";
        }
    }

    private SourceLocation categoryLocation() {
        return checker.key("categories").or(() -> checker.key("category")).or(() -> checker.key("slug")).map(checker::valueAt)
                .orElse(SourceLocation.of(checker.source().file()));
    }
}
