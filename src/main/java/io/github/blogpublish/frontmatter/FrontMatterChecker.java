package io.github.blogpublish.frontmatter;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.problem.Suggestion;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks of one post's or page's front matter: every built-in key in turn, the site's schemas, the
 * {@code defaults} of {@code _config.yml}, then the URL. It collects problems and keeps going so that a file's
 * mistakes are reported together, and gives what it found only when none was an error.
 */
final class FrontMatterChecker {

    /** What the checks of one file found, before it becomes a post or a page. */
    record Checked(String title, ZonedDateTime date, Optional<String> layout, List<String> categories,
                   List<String> tags, boolean published, boolean draft, String slug, String url, String body,
                   int bodyLine, Map<String, Object> frontMatter) {
    }

    private final SiteConfig config;
    private final Set<String> layoutNames;
    private final FrontMatterSchemas schemas;
    private final PostReader.PostSource source;
    private final YamlLoader.Document doc;
    private final Problems problems;
    private boolean failed;

    private final Map<String, Object> defaults;
    private final DateChecks dates = new DateChecks(this);
    private final UrlChecks urls = new UrlChecks(this);

    /** @param defaults the values {@code defaults} of {@code _config.yml} give this file */
    FrontMatterChecker(SiteConfig config, Set<String> layoutNames, FrontMatterSchemas schemas,
                       Map<String, Object> defaults, PostReader.PostSource source, YamlLoader.Document doc,
                       Problems problems) {
        this.config = config;
        this.layoutNames = layoutNames;
        this.schemas = schemas;
        this.source = source;
        this.doc = doc;
        this.problems = problems;
        this.defaults = defaults;
    }

    Optional<Checked> check(FrontMatterSplitter.Split split) {
        String title = title();
        ZonedDateTime date = dates.date();
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
        redirects();
        dates.lastModified();
        unknownKeys();
        schemas.check(source.file(), doc, layout, source.page()
                ? source.collection().map(io.github.blogpublish.config.Collection::label) : Optional.of("posts"), problems);
        String slug = Permalink.slug(text("slug").orElse(source.fileSlug()));
        if (slug.isEmpty() && !source.page()) {
            error(Rule.EMPTY_SLUG, key("slug").map(this::valueAt).orElse(SourceLocation.of(source.file())),
                    "the slug is empty", "name the file YYYY-MM-DD-some-words.md or set slug: some-words");
        }
        String url = urls.url(date, slug, categories);
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
            // A document of a collection gets the title Jekyll gives it: its file name's words.
            return defaults.get("title") instanceof String fromDefaults ? fromDefaults
                    : source.collection().isPresent() ? Permalink.titleFromSlug(baseName()) : "";
        }
        if (key.isEmpty()) {
            String jekyll = Permalink.titleFromSlug(source.fileSlug());
            error(Rule.MISSING_TITLE, SourceLocation.at(source.file(), 1, 1), "missing required key 'title'"
                    + " (Jekyll takes it from the file name: " + jekyll + ")",
                    "add a line to the front matter: title: \"" + jekyll + "\"");
            return jekyll;
        }
        YamlLoader.Key k = key.get();
        if (!k.type().equals("str")) {
            if (k.type().equals("null")) {
                error(Rule.EMPTY_TITLE, valueAt(k),
                        "'title' is empty", "write the title after the colon: title: \"Your title\"");
            } else if (k.text() != null) {
                error(Rule.TITLE_TYPE, valueAt(k),
                        "'title' must be text, but YAML reads " + k.text() + " as " + YamlTypes.describe(k.type()),
                        "quote it: " + YamlTypes.quoted("title", k.text()));
            } else {
                error(Rule.TITLE_TYPE, valueAt(k), "'title' must be text, not " + YamlTypes.describe(k.type()),
                        "write one line: title: \"Your title\"");
            }
            return "";
        }
        String title = k.text().strip();
        if (title.isEmpty()) {
            error(Rule.EMPTY_TITLE, valueAt(k),
                    "'title' is blank", "write the title after the colon: title: \"Your title\"");
        }
        return title;
    }

    /** jekyll-redirect-from's paths: each a path inside the site (or, for {@code redirect_to}, an http URL). */
    private void redirects() {
        for (String name : List.of("redirect_from", "redirect_to")) {
            Optional<YamlLoader.Key> key = key(name);
            Object value = doc.values().get(name);
            if (key.isEmpty() || value == null) {
                continue;
            }
            for (Object path : value instanceof List<?> list ? list : List.of(value)) {
                String text = String.valueOf(path).strip();
                String problem = path instanceof Map<?, ?> || path instanceof List<?> ? "must be a path, not a "
                        + (path instanceof Map<?, ?> ? "map" : "list") : text.matches("^https?://.*") && name.equals("redirect_to")
                        ? null : Permalink.problem(text.startsWith("/") ? text : "/" + text);
                if (problem != null) {
                    error(Rule.PERMALINK_INVALID, valueAt(key.get()), "'" + name + "' " + text + " " + problem,
                            "write a path inside the site such as " + name + ": /old-address/");
                }
            }
        }
    }

    private void author() {
        // A map (name, email, twitter, url) is what jekyll-seo-tag and jekyll-feed read too.
        key("author").filter(k -> !k.type().equals("str") && !k.type().equals("seq") && !k.type().equals("map"))
                .ifPresent(k -> error(Rule.AUTHOR_TYPE, valueAt(k),
                        "'author' must be a name, a list of names or a map (name: ...), not " + YamlTypes.describe(k.type()),
                        k.text() == null ? "write author: Your Name" : "quote it: " + YamlTypes.quoted("author", k.text())));
    }

    /**
     * Near misses of known keys are warnings by default ("did you mean", {@code unknown-key-near-miss}), other
     * unknown keys are not reported ({@code unknown-key}); {@code blog.strictKeys} makes both errors.
     */
    private void unknownKeys() {
        for (YamlLoader.Key k : doc.keys().values()) {
            if (PostReader.KNOWN_KEYS.contains(k.key()) || schemas.declares(k.key())) {
                continue;
            }
            Optional<String> near = Suggestion.closest(k.key(), PostReader.KNOWN_KEYS);
            SourceLocation at = SourceLocation.at(source.file(), k.line(), k.column());
            String hint = near.map(n -> "did you mean '" + n + "'?")
                    .orElse("remove it, or list it in a front matter schema, or turn off blog.strictKeys");
            error(near.isPresent() ? Rule.UNKNOWN_KEY_NEAR_MISS : Rule.UNKNOWN_KEY, at, "unknown key '" + k.key() + "'",
                    hint);
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
            error(Rule.UNKNOWN_LAYOUT, SourceLocation.of(source.file()),
                    "the defaults of _config.yml give this file the unknown layout '"
                    + trimmed + "'", "use one of " + String.join(", ", new TreeSet<>(layoutNames)) + " in defaults");
            return Optional.empty();
        }
        if (source.page()) {
            return source.markdown() ? Optional.of("page") : Optional.empty();
        }
        return Optional.of(PostReader.DEFAULT_LAYOUT);
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
            error(Rule.LAYOUT_TYPE, valueAt(k),
                    "'layout' must be the name of a layout, not " + YamlTypes.describe(k.type()),
                    "write layout: " + PostReader.DEFAULT_LAYOUT);
            return Optional.empty();
        }
        String name = k.text().strip();
        if (name.equals("none") || name.equals("null")) {
            return Optional.empty();
        }
        if (!layoutNames.contains(name)) {
            String others = "use one of " + String.join(", ", new TreeSet<>(layoutNames)) + ", or add _layouts/" + name + ".html";
            error(Rule.UNKNOWN_LAYOUT, valueAt(k),
                    "unknown layout '" + name + "'", Suggestion.closest(name, layoutNames)
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
                    error(Rule.WORDS_TYPE, valueAt(key.get()), "'" + name + "' must be a list of words; an item is "
                            + (item == null ? "empty" : "a list or map"), "write " + name + ": [java, maven]");
                    return List.of();
                }
                out.add(item.toString().strip());
            }
        } else if (value instanceof Map<?, ?>) {
            error(Rule.WORDS_TYPE, valueAt(key.get()), "'" + name + "' must be a word or a list of words, not a map",
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
        error(Rule.BOOLEAN_TYPE, valueAt(k), "'" + name + "' must be true or false, got " + written,
                "write " + name + ": " + suggestion + " (without quotes)");
        return absent;
    }

    Optional<String> text(String name) {
        Optional<YamlLoader.Key> key = key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        YamlLoader.Key k = key.get();
        if (k.type().equals("str")) {
            return Optional.of(k.text());
        }
        if (k.text() != null && !k.type().equals("null")) {
            error(Rule.TEXT_TYPE, valueAt(k),
                    "'" + name + "' must be text, but YAML reads " + k.text() + " as " + YamlTypes.describe(k.type()),
                    "quote it: " + YamlTypes.quoted(name, k.text()));
        } else {
            error(Rule.TEXT_TYPE, valueAt(k), "'" + name + "' must be text, not " + YamlTypes.describe(k.type()),
                    "write " + name + ": some-text");
        }
        return Optional.empty();
    }

    /** The file name without its extension. */
    String baseName() {
        String name = source.relativePath().substring(source.relativePath().lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    SiteConfig config() {
        return config;
    }

    PostReader.PostSource source() {
        return source;
    }

    Problems problems() {
        return problems;
    }

    Optional<YamlLoader.Key> key(String name) {
        return Optional.ofNullable(doc.keys().get(name));
    }

    SourceLocation valueAt(YamlLoader.Key key) {
        return SourceLocation.at(source.file(), key.valueLine(), key.valueColumn());
    }

    /**
     * Reports what {@code rule} found; at the rule's level {@code error} the file is not built. Below it the check's
     * own reading stands (the one Jekyll makes), as every check here returns one.
     */
    Rule.Level error(Rule rule, SourceLocation at, String message, String hint) {
        Rule.Level level = problems.report(rule, at, message, hint);
        if (level == Rule.Level.ERROR) {
            failed = true;
        }
        return level;
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
