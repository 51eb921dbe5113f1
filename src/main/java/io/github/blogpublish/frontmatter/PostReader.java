package io.github.blogpublish.frontmatter;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Page;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Second stage for posts: splits a post's text, loads its front matter and checks every built-in key,
 * reporting all mistakes of the file at their lines, then builds the {@link Post} with its URL.
 * Immutable and safe to use from several threads.
 */
public final class PostReader {

    /** The layout a post gets when its front matter names none. */
    public static final String DEFAULT_LAYOUT = "post";

    /** The keys with a meaning of their own; others are the theme's, and near misses of these are typos. */
    public static final Set<String> KNOWN_KEYS = Set.of("title", "date", "layout", "permalink", "category", "categories",
            "tag", "tags", "published", "draft", "slug", "excerpt", "excerpt_separator", "description", "author", "lang",
            "last_modified_at", "render_with_liquid");

    private static final java.util.regex.Pattern YAML_LINE = java.util.regex.Pattern.compile("[A-Za-z_][\\w-]*:(\\s.*)?");

    /**
     * What the file system says about a post before its text is read.
     *
     * @param file             absolute path
     * @param relativePath     below the source folder, with {@code /}
     * @param fileDate         the date in the file name (drafts have none)
     * @param fileSlug         the slug in the file name
     * @param folderCategories folders above {@code _posts}
     * @param draft            whether it lies in {@code _drafts}
     * @param page             whether it is a page rather than a post
     */
    public record PostSource(Path file, String relativePath, Optional<LocalDate> fileDate, String fileSlug,
                             List<String> folderCategories, boolean draft, boolean page,
                             Optional<io.github.blogpublish.config.Collection> collection) {

        /** A post or draft. */
        public PostSource(Path file, String relativePath, Optional<LocalDate> fileDate, String fileSlug,
                          List<String> folderCategories, boolean draft) {
            this(file, relativePath, fileDate, fileSlug, folderCategories, draft, false, Optional.empty());
        }

        /** A page: no date or slug from its name, no folder categories. */
        public static PostSource page(Path file, String relativePath) {
            return new PostSource(file, relativePath, Optional.empty(), "", List.of(), false, true, Optional.empty());
        }

        /** A document of a collection: a page of its own kind, with the collection's URL pattern and defaults. */
        public static PostSource document(Path file, String relativePath, io.github.blogpublish.config.Collection collection) {
            return new PostSource(file, relativePath, Optional.empty(), "", List.of(), false, true, Optional.of(collection));
        }

        boolean markdown() {
            String lower = relativePath.toLowerCase(java.util.Locale.ROOT);
            return lower.endsWith(".md") || lower.endsWith(".markdown");
        }

        /** The {@code defaults} type this file falls under. */
        String type() {
            return collection.isPresent() ? collection.get().label()
                    : page ? "pages" : draft && relativePath.startsWith("_drafts/") ? "drafts" : "posts";
        }
    }

    private final SiteConfig config;
    private final Set<String> layoutNames;
    private final FrontMatterSchemas schemas;
    /** {@code defaults} of {@code _config.yml}, read once for every file this reader checks. */
    private final io.github.blogpublish.config.FrontMatterDefaults defaults;

    /**
     * @param config      the site settings (time zone, permalink style, strict keys)
     * @param layoutNames every layout that exists, built-in and the site's
     * @param schemas     the site's own rules
     */
    public PostReader(SiteConfig config, Set<String> layoutNames, FrontMatterSchemas schemas) {
        this.config = config;
        this.layoutNames = Set.copyOf(layoutNames);
        this.schemas = schemas;
        this.defaults = config.defaults();
    }

    /** The checked post, or empty after reporting every problem of this file. */
    public Optional<Post> read(PostSource source, String text, Problems problems) {
        return check(source, text, problems).map(c -> new Post(source.file(), source.relativePath(), c.slug(), c.title(),
                c.date(), c.categories(), c.tags(), c.layout(), c.url(), c.body(), c.bodyLine(), c.frontMatter(), c.draft(),
                c.published()));
    }

    /**
     * The checked page, or empty after reporting every problem of this file, or when it is not published.
     * The caller has made sure the text starts with front matter (a file without is a static file).
     */
    public Optional<Page> readPage(PostSource source, String text, Problems problems) {
        return check(source, text, problems).filter(FrontMatterChecker.Checked::published).map(c -> new Page(source.file(),
                source.relativePath(), c.title(), c.layout(), c.url(), c.body(), c.bodyLine(), c.frontMatter(),
                source.markdown(), !Boolean.FALSE.equals(c.frontMatter().get("render_with_liquid")),
                source.collection().map(io.github.blogpublish.config.Collection::label).orElse(""),
                source.collection().map(io.github.blogpublish.config.Collection::output).orElse(true)));
    }

    private Optional<FrontMatterChecker.Checked> check(PostSource source, String text, Problems problems) {
        Path file = source.file();
        Optional<FrontMatterSplitter.Split> split = FrontMatterSplitter.split(text);
        if (split.isEmpty()) {
            reportMissingFrontMatter(file, text, problems);
            return Optional.empty();
        }
        if (!split.get().closed()) {
            FrontMatterSplitter.reportUnclosed(file, problems);
            return Optional.empty();
        }
        Optional<YamlLoader.Document> loaded = YamlLoader.load(file, split.get().yaml(), split.get().yamlLine(), problems);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        YamlLoader.Document doc = loaded.get();
        if (doc.kind() == YamlLoader.Kind.EMPTY && !source.page()
                && problems.levels().level(Rule.MISSING_TITLE) == Rule.Level.ERROR) {
            problems.report(Rule.MISSING_TITLE, SourceLocation.at(file, 1, 1),
                    "the front matter is empty, but 'title' is required",
                    "write the title between the '---' lines: title: \"Your title\"");
            return Optional.empty();
        }
        if (doc.kind() == YamlLoader.Kind.SEQUENCE || doc.kind() == YamlLoader.Kind.SCALAR) {
            problems.report(Rule.FRONT_MATTER_NOT_MAP, SourceLocation.at(file, 2, 1),
                    "front matter must be 'key: value' lines, not a "
                    + (doc.kind() == YamlLoader.Kind.SEQUENCE ? "list" : "single value"), "write title: \"...\" and other keys");
            return Optional.empty();
        }
        Problems own = problems.fresh();
        reportContinuedFrontMatter(file, split.get(), own);
        Optional<FrontMatterChecker.Checked> checked = new FrontMatterChecker(config, layoutNames, schemas,
                defaults.forFile(source.relativePath(), source.type()), source, doc, own)
                .check(split.get());
        problems.addAll(own.sorted());
        return own.hasErrors() ? Optional.empty() : checked;
    }

    /**
     * A body that starts straight away with {@code key: value} lines and a {@code ---} line: the front matter
     * was closed too early (a stray {@code ---}), and those keys would silently become text.
     */
    private static void reportContinuedFrontMatter(Path file, FrontMatterSplitter.Split split, Problems problems) {
        String body = split.body();
        int i = 0; // the key: value lines so far; only they and the line after them are read
        String line;
        for (int at = 0; ; i++) {
            int end = body.indexOf('\n', at);
            line = body.substring(at, end < 0 ? body.length() : end);
            if (!YAML_LINE.matcher(line).matches()) {
                break;
            }
            if (end < 0) {
                return;
            }
            at = end + 1;
        }
        if (i > 0 && line.stripTrailing().equals("---")) {
            int closed = split.bodyLine() - 1;
            problems.report(Rule.FRONT_MATTER_SPLIT, SourceLocation.at(file, closed, 1),
                    "the front matter is closed on line " + closed
                            + ", but key: value lines follow until another '---' on line " + (split.bodyLine() + i),
                    "remove the '---' on line " + closed + " so that all keys are in one front matter block");
        }
    }

    private static void reportMissingFrontMatter(Path file, String text, Problems problems) {
        String leading = text.stripLeading();
        if (leading.startsWith("---") && !text.startsWith("---")) {
            int line = (int) text.substring(0, text.indexOf("---")).chars().filter(c -> c == '\n').count() + 1;
            problems.report(Rule.FRONT_MATTER_START, SourceLocation.at(file, 1, 1),
                    "front matter must start on the first line, but '---' is on line "
                    + line, "remove the blank lines before '---'");
        } else {
            problems.report(Rule.FRONT_MATTER_MISSING, SourceLocation.at(file, 1, 1),
                    "a post must start with front matter",
                    "begin the file with three lines: ---, title: \"Your title\", ---");
        }
    }
}
