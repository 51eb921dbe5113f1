package io.github.blogpublish.frontmatter;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Page;
import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.problem.Suggestion;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
                             List<String> folderCategories, boolean draft, boolean page) {

        /** A post or draft. */
        public PostSource(Path file, String relativePath, Optional<LocalDate> fileDate, String fileSlug,
                          List<String> folderCategories, boolean draft) {
            this(file, relativePath, fileDate, fileSlug, folderCategories, draft, false);
        }

        /** A page: no date or slug from its name, no folder categories. */
        public static PostSource page(Path file, String relativePath) {
            return new PostSource(file, relativePath, Optional.empty(), "", List.of(), false, true);
        }

        boolean markdown() {
            String lower = relativePath.toLowerCase(java.util.Locale.ROOT);
            return lower.endsWith(".md") || lower.endsWith(".markdown");
        }

        /** The {@code defaults} type this file falls under. */
        String type() {
            return page ? "pages" : draft && relativePath.startsWith("_drafts/") ? "drafts" : "posts";
        }
    }

    /** What the checks of one file found, before it becomes a post or a page. */
    private record Checked(String title, ZonedDateTime date, Optional<String> layout, List<String> categories,
                           List<String> tags, boolean published, boolean draft, String slug, String url, String body,
                           int bodyLine, Map<String, Object> frontMatter) {
    }

    private final SiteConfig config;
    private final Set<String> layoutNames;
    private final FrontMatterSchemas schemas;

    /**
     * @param config      the site settings (time zone, permalink style, strict keys)
     * @param layoutNames every layout that exists, built-in and the site's
     * @param schemas     the site's own rules
     */
    public PostReader(SiteConfig config, Set<String> layoutNames, FrontMatterSchemas schemas) {
        this.config = config;
        this.layoutNames = Set.copyOf(layoutNames);
        this.schemas = schemas;
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
        return check(source, text, problems).filter(Checked::published).map(c -> new Page(source.file(),
                source.relativePath(), c.title(), c.layout(), c.url(), c.body(), c.bodyLine(), c.frontMatter(),
                source.markdown(), !Boolean.FALSE.equals(c.frontMatter().get("render_with_liquid"))));
    }

    private Optional<Checked> check(PostSource source, String text, Problems problems) {
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
        if (doc.kind() == YamlLoader.Kind.EMPTY) {
            problems.error(SourceLocation.at(file, 1, 1), "the front matter is empty, but 'title' is required",
                    "write the title between the '---' lines: title: \"Your title\"");
            return Optional.empty();
        }
        if (doc.kind() == YamlLoader.Kind.SEQUENCE || doc.kind() == YamlLoader.Kind.SCALAR) {
            problems.error(SourceLocation.at(file, 2, 1), "front matter must be 'key: value' lines, not a "
                    + (doc.kind() == YamlLoader.Kind.SEQUENCE ? "list" : "single value"), "write title: \"...\" and other keys");
            return Optional.empty();
        }
        Problems own = new Problems();
        reportContinuedFrontMatter(file, split.get(), own);
        Optional<Checked> checked = new Checker(source, doc, own).check(split.get());
        problems.addAll(own.sorted());
        return own.hasErrors() ? Optional.empty() : checked;
    }

    /**
     * A body that starts straight away with {@code key: value} lines and a {@code ---} line: the front matter
     * was closed too early (a stray {@code ---}), and those keys would silently become text.
     */
    private static void reportContinuedFrontMatter(Path file, FrontMatterSplitter.Split split, Problems problems) {
        String[] lines = split.body().split("\n", -1);
        int i = 0;
        while (i < lines.length && YAML_LINE.matcher(lines[i]).matches()) {
            i++;
        }
        if (i > 0 && i < lines.length && lines[i].stripTrailing().equals("---")) {
            int closed = split.bodyLine() - 1;
            problems.error(SourceLocation.at(file, closed, 1), "the front matter is closed on line " + closed
                            + ", but key: value lines follow until another '---' on line " + (split.bodyLine() + i),
                    "remove the '---' on line " + closed + " so that all keys are in one front matter block");
        }
    }

    private static void reportMissingFrontMatter(Path file, String text, Problems problems) {
        String leading = text.stripLeading();
        if (leading.startsWith("---") && !text.startsWith("---")) {
            int line = (int) text.substring(0, text.indexOf("---")).chars().filter(c -> c == '\n').count() + 1;
            problems.error(SourceLocation.at(file, 1, 1), "front matter must start on the first line, but '---' is on line "
                    + line, "remove the blank lines before '---'");
        } else {
            problems.error(SourceLocation.at(file, 1, 1), "a post must start with front matter",
                    "begin the file with three lines: ---, title: \"Your title\", ---");
        }
    }

    /** The checks for one file; collects problems and keeps going so a file's mistakes are reported together. */
    private final class Checker {
        private final PostSource source;
        private final YamlLoader.Document doc;
        private final Problems problems;
        private boolean failed;

        private final Map<String, Object> defaults;

        Checker(PostSource source, YamlLoader.Document doc, Problems problems) {
            this.source = source;
            this.doc = doc;
            this.problems = problems;
            this.defaults = defaultsFor(source);
        }

        Optional<Checked> check(FrontMatterSplitter.Split split) {
            String title = title();
            ZonedDateTime date = date();
            Optional<String> layout = layout();
            List<String> categories = new ArrayList<>(source.folderCategories());
            categories.addAll(words("category", false));
            categories.addAll(words("categories", true));
            List<String> tags = new ArrayList<>(words("tag", false));
            tags.addAll(words("tags", true));
            boolean published = bool("published", true);
            boolean draft = bool("draft", false) || source.draft();
            bool("render_with_liquid", true);
            for (String key : List.of("excerpt", "excerpt_separator", "description", "lang")) {
                text(key);
            }
            author();
            lastModified();
            unknownKeys();
            schemas.check(source.file(), doc, layout, problems);
            String slug = Permalink.slug(text("slug").orElse(source.fileSlug()));
            if (slug.isEmpty() && !source.page()) {
                error(key("slug").map(this::valueAt).orElse(SourceLocation.of(source.file())),
                        "the slug is empty", "name the file YYYY-MM-DD-some-words.md or set slug: some-words");
            }
            String url = url(date, slug, categories);
            if (failed) {
                return Optional.empty();
            }
            Map<String, Object> frontMatter = new java.util.LinkedHashMap<>(defaults);
            frontMatter.putAll(withoutNulls(doc.values()));
            return Optional.of(new Checked(title, date, layout, List.copyOf(new LinkedHashSet<>(categories)),
                    List.copyOf(new LinkedHashSet<>(tags)), published, draft, slug, url, split.body(), split.bodyLine(),
                    frontMatter));
        }

        private String title() {
            Optional<YamlLoader.Key> key = key("title");
            if (key.isEmpty() && source.page()) {
                return defaults.get("title") instanceof String fromDefaults ? fromDefaults : "";
            }
            if (key.isEmpty()) {
                error(SourceLocation.at(source.file(), 1, 1), "missing required key 'title'",
                        "add a line to the front matter: title: \"Your title\"");
                return "";
            }
            YamlLoader.Key k = key.get();
            if (!k.type().equals("str")) {
                if (k.type().equals("null")) {
                    error(valueAt(k), "'title' is empty", "write the title after the colon: title: \"Your title\"");
                } else if (k.text() != null) {
                    error(valueAt(k), "'title' must be text, but YAML reads " + k.text() + " as " + YamlTypes.describe(k.type()),
                            "quote it: " + YamlTypes.quoted("title", k.text()));
                } else {
                    error(valueAt(k), "'title' must be text, not " + YamlTypes.describe(k.type()),
                            "write one line: title: \"Your title\"");
                }
                return "";
            }
            String title = k.text().strip();
            if (title.isEmpty()) {
                error(valueAt(k), "'title' is blank", "write the title after the colon: title: \"Your title\"");
            }
            return title;
        }

        private ZonedDateTime date() {
            Optional<YamlLoader.Key> key = key("date");
            Optional<ZonedDateTime> fromName = source.fileDate().map(d -> d.atStartOfDay(config.timezone()));
            if (key.isEmpty()) {
                return fromName.orElseGet(() -> config.now().atZone(config.timezone()));
            }
            YamlLoader.Key k = key.get();
            if (k.text() == null || !(k.type().equals("str") || k.type().equals("timestamp"))) {
                error(valueAt(k), "'date' must be a date such as 2022-10-01 or 2022-10-01 09:30:00 +0900, not "
                        + YamlTypes.describe(k.type()), "write date: 2022-10-01");
                return fromName.orElseGet(() -> config.now().atZone(config.timezone()));
            }
            try {
                FrontMatterDate.Parsed parsed = FrontMatterDate.parse(k.text(), config.timezone());
                ZonedDateTime value = parsed.value();
                if (parsed.lenient()) {
                    problems.warning(valueAt(k), "'date' is not in ISO 8601 form",
                            "write date: " + parsed.canonical());
                }
                if (fromName.isPresent() && !fromName.get().toLocalDate().equals(value.toLocalDate())) {
                    String zone = config.timezone().equals(java.time.ZoneOffset.UTC) ? "UTC" : config.timezone().getId();
                    boolean shifted = !parsed.written().toLocalDate().equals(value.toLocalDate());
                    String extension = source.file().getFileName().toString().replaceAll("^.*(\\.[^.]+)$", "$1");
                    problems.warning(valueAt(k), "'date' is " + value.toLocalDate() + " in the site's time zone ("
                                    + zone + ") but the file name says " + fromName.get().toLocalDate()
                                    + "; the date: line wins, as in Jekyll",
                            shifted ? "set timezone: in _config.yml to the zone this date was written in, or rename the file to "
                                    + value.toLocalDate() + "-" + source.fileSlug() + extension
                                    : "rename the file to " + value.toLocalDate() + "-" + source.fileSlug() + extension
                                    + ", or correct the date");
                }
                return value;
            } catch (DateTimeException e) {
                error(valueAt(k), "'date' is not a valid date: " + e.getMessage(),
                        "write date: 2022-10-01, or with a time: date: 2022-10-01 09:30:00 +0900");
                return fromName.orElseGet(() -> config.now().atZone(config.timezone()));
            }
        }

        private void author() {
            key("author").filter(k -> !k.type().equals("str") && !k.type().equals("seq")).ifPresent(k ->
                    error(valueAt(k), "'author' must be a name or a list of names, not " + YamlTypes.describe(k.type()),
                            k.text() == null ? "write author: Your Name" : "quote it: " + YamlTypes.quoted("author", k.text())));
        }

        private void lastModified() {
            key("last_modified_at").ifPresent(k -> {
                if (k.text() == null || !(k.type().equals("str") || k.type().equals("timestamp"))) {
                    error(valueAt(k), "'last_modified_at' must be a date, not " + YamlTypes.describe(k.type()),
                            "write last_modified_at: 2022-10-01");
                    return;
                }
                try {
                    FrontMatterDate.parse(k.text(), config.timezone());
                } catch (DateTimeException e) {
                    error(valueAt(k), "'last_modified_at' is not a valid date: " + e.getMessage(),
                            "write last_modified_at: 2022-10-01, or with a time: 2022-10-01 09:30:00 +0900");
                }
            });
        }

        /** Near misses of known keys are warnings ("did you mean"); with strictKeys every unknown key is an error. */
        private void unknownKeys() {
            for (YamlLoader.Key k : doc.keys().values()) {
                if (KNOWN_KEYS.contains(k.key()) || schemas.declares(k.key())) {
                    continue;
                }
                Optional<String> near = Suggestion.closest(k.key(), KNOWN_KEYS);
                SourceLocation at = SourceLocation.at(source.file(), k.line(), k.column());
                String hint = near.map(n -> "did you mean '" + n + "'?")
                        .orElse("remove it, or list it in a front matter schema, or turn off blog.strictKeys");
                if (config.strictKeys()) {
                    error(at, "unknown key '" + k.key() + "'", hint);
                } else if (near.isPresent()) {
                    problems.warning(at, "unknown key '" + k.key() + "'", hint);
                }
            }
        }

        /** From {@code defaults} when it names an existing layout; else {@code post}, {@code page} or none. */
        private Optional<String> defaultLayout() {
            if (defaults.get("layout") instanceof String name && !name.isBlank()) {
                String trimmed = name.strip();
                if (trimmed.equals("none") || trimmed.equals("null")) {
                    return Optional.empty();
                }
                if (layoutNames.contains(trimmed)) {
                    return Optional.of(trimmed);
                }
                error(SourceLocation.of(source.file()), "the defaults of _config.yml give this file the unknown layout '"
                        + trimmed + "'", "use one of " + String.join(", ", new TreeSet<>(layoutNames)) + " in defaults");
                return Optional.empty();
            }
            if (source.page()) {
                return source.markdown() ? Optional.of("page") : Optional.empty();
            }
            return Optional.of(DEFAULT_LAYOUT);
        }

        private Optional<String> layout() {
            Optional<YamlLoader.Key> key = key("layout");
            if (key.isEmpty()) {
                return defaultLayout();
            }
            YamlLoader.Key k = key.get();
            if (k.type().equals("null")) {
                return Optional.empty();
            }
            if (!k.type().equals("str")) {
                error(valueAt(k), "'layout' must be the name of a layout, not " + YamlTypes.describe(k.type()),
                        "write layout: " + DEFAULT_LAYOUT);
                return Optional.empty();
            }
            String name = k.text().strip();
            if (name.equals("none") || name.equals("null")) {
                return Optional.empty();
            }
            if (!layoutNames.contains(name)) {
                String others = "use one of " + String.join(", ", new TreeSet<>(layoutNames)) + ", or add _layouts/" + name + ".html";
                error(valueAt(k), "unknown layout '" + name + "'", Suggestion.closest(name, layoutNames)
                        .map(n -> "did you mean '" + n + "'? write layout: " + n).orElse(others));
                return Optional.empty();
            }
            return Optional.of(name);
        }

        /** A categories/tags value: text (split on spaces when {@code split}) or a list of scalars. */
        private List<String> words(String name, boolean split) {
            Optional<YamlLoader.Key> key = key(name);
            if (key.isEmpty() || key.get().type().equals("null")) {
                return List.of();
            }
            Object value = doc.values().get(name);
            List<String> out = new ArrayList<>();
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item == null || item instanceof List<?> || item instanceof Map<?, ?>) {
                        error(valueAt(key.get()), "'" + name + "' must be a list of words; an item is "
                                + (item == null ? "empty" : "a list or map"), "write " + name + ": [java, maven]");
                        return List.of();
                    }
                    out.add(item.toString().strip());
                }
            } else if (value instanceof Map<?, ?>) {
                error(valueAt(key.get()), "'" + name + "' must be a word or a list of words, not a map",
                        "write " + name + ": [java, maven]");
                return List.of();
            } else {
                String text = value.toString().strip();
                out.addAll(split ? List.of(text.split("\\s+")) : List.of(text));
            }
            out.removeIf(String::isEmpty);
            return out;
        }

        private boolean bool(String name, boolean absent) {
            Optional<YamlLoader.Key> key = key(name);
            if (key.isEmpty()) {
                return absent;
            }
            YamlLoader.Key k = key.get();
            if (k.type().equals("bool")) {
                return (Boolean) doc.values().get(name);
            }
            String written = k.text() == null ? YamlTypes.describe(k.type()) : "\"" + k.text() + "\"";
            String suggestion = k.text() != null && k.text().strip().equalsIgnoreCase("false") ? "false" : "true";
            error(valueAt(k), "'" + name + "' must be true or false, got " + written,
                    "write " + name + ": " + suggestion + " (without quotes)");
            return absent;
        }

        private Optional<String> text(String name) {
            Optional<YamlLoader.Key> key = key(name);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            YamlLoader.Key k = key.get();
            if (k.type().equals("str")) {
                return Optional.of(k.text());
            }
            if (k.text() != null && !k.type().equals("null")) {
                error(valueAt(k), "'" + name + "' must be text, but YAML reads " + k.text() + " as " + YamlTypes.describe(k.type()),
                        "quote it: " + YamlTypes.quoted(name, k.text()));
            } else {
                error(valueAt(k), "'" + name + "' must be text, not " + YamlTypes.describe(k.type()),
                        "write " + name + ": some-text");
            }
            return Optional.empty();
        }

        private String url(ZonedDateTime date, String slug, List<String> categories) {
            Optional<YamlLoader.Key> key = key("permalink");
            if (key.isEmpty() && source.page()) {
                try {
                    return Permalink.pageUrl(source.relativePath(), config.permalink());
                } catch (IllegalArgumentException e) {
                    error(SourceLocation.of(source.file()), "the page's URL cannot be built: " + e.getMessage(),
                            "rename the file or folder");
                    return "/";
                }
            }
            if (key.isPresent()) {
                Optional<String> value = text("permalink");
                if (value.isEmpty()) {
                    return "/";
                }
                String permalink = value.get().strip();
                String problem = permalinkProblem(permalink);
                if (problem != null) {
                    error(valueAt(key.get()), "'permalink' " + problem,
                            "write a path inside the site such as permalink: /about/");
                    return "/";
                }
                try {
                    return Permalink.expand(permalink, date, slug, categories);
                } catch (IllegalArgumentException e) {
                    error(valueAt(key.get()), "'permalink' cannot be used: " + e.getMessage(),
                            "write a path inside the site such as permalink: /about/");
                    return "/";
                }
            }
            try {
                return Permalink.expand(config.permalink(), date, slug, categories);
            } catch (IllegalArgumentException e) {
                error(categoryLocation(), "the post's URL cannot be built: " + e.getMessage(),
                        "categories and slugs may not be '.' or '..' or contain backslashes");
                return "/";
            }
        }

        private SourceLocation categoryLocation() {
            return key("categories").or(() -> key("category")).or(() -> key("slug")).map(this::valueAt)
                    .orElse(SourceLocation.of(source.file()));
        }

        private Optional<YamlLoader.Key> key(String name) {
            return Optional.ofNullable(doc.keys().get(name));
        }

        private SourceLocation valueAt(YamlLoader.Key key) {
            return SourceLocation.at(source.file(), key.valueLine(), key.valueColumn());
        }

        private void error(SourceLocation at, String message, String hint) {
            failed = true;
            problems.error(at, message, hint);
        }
    }

    /**
     * The {@code defaults} values of {@code _config.yml} that apply to a file: entries whose scope {@code path}
     * is a prefix of its path (empty for all) and whose {@code type}, if given, is its type; later entries win.
     */
    private Map<String, Object> defaultsFor(PostSource source) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (Map<String, Object> entry : config.defaults()) {
            Map<?, ?> scope = entry.get("scope") instanceof Map<?, ?> m ? m : Map.of();
            String path = scope.get("path") instanceof String p ? p.replaceAll("^/+|/+$", "") : "";
            Object type = scope.get("type");
            boolean inPath = path.isEmpty() || source.relativePath().equals(path) || source.relativePath().startsWith(path + "/");
            boolean ofType = type == null || type.equals(source.type());
            if (inPath && ofType && entry.get("values") instanceof Map<?, ?> given) {
                given.forEach((k, v) -> {
                    if (v != null) {
                        values.put(String.valueOf(k), v);
                    }
                });
            }
        }
        return values;
    }

    /** Why a front matter permalink is refused, or null when it is fine. */
    static String permalinkProblem(String permalink) {
        if (!permalink.startsWith("/")) {
            return "must start with /";
        }
        if (permalink.indexOf('\\') >= 0) {
            return "must not contain a backslash";
        }
        if (permalink.toLowerCase(java.util.Locale.ROOT).contains("%2e")) {
            return "must not contain encoded dots (%2e)";
        }
        for (String segment : permalink.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return "must not contain '" + segment + "' segments";
            }
        }
        return null;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> values) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }
}
