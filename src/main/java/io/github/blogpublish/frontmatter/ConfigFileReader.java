package io.github.blogpublish.frontmatter;

import io.github.blogpublish.config.RuleSettings;
import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code _config.yml} into the site settings the POM left open. The file is untrusted YAML like
 * front matter and loaded under the same limits; the typed keys are checked at their lines.
 */
public final class ConfigFileReader {

    /** The key of {@code _config.yml} that sets rule levels ({@code blog_rules:}; Jekyll ignores it). */
    public static final String RULES_KEY = "blog_rules";

    private ConfigFileReader() {
    }

    /**
     * @return {@code config} completed from the file, or {@code config} unchanged after reporting problems
     */
    public static SiteConfig apply(Path file, String text, SiteConfig config, Problems problems) {
        Optional<YamlLoader.Document> loaded = YamlLoader.load(file, text, 1, problems);
        if (loaded.isEmpty()) {
            return config;
        }
        YamlLoader.Document doc = loaded.get();
        if (doc.kind() == YamlLoader.Kind.SEQUENCE || doc.kind() == YamlLoader.Kind.SCALAR) {
            problems.report(Rule.CONFIG_SYNTAX, SourceLocation.at(file, 1, 1), "_config.yml must be 'key: value' lines",
                    "write title: \"My blog\" and other settings, one per line");
            return config;
        }
        Map<String, String> site = new LinkedHashMap<>();
        boolean ok = true;
        for (String name : SiteConfig.SITE_KEYS) {
            YamlLoader.Key key = doc.keys().get(name);
            if (key == null || key.type().equals("null")) {
                continue;
            }
            SourceLocation at = SourceLocation.at(file, key.valueLine(), key.valueColumn());
            if (name.equals("author") && key.type().equals("map")) {
                continue; // name, email, uri: site.author as jekyll-feed and jekyll-seo-tag read it
            }
            if (key.text() == null || key.type().equals("bool")) {
                problems.report(Rule.CONFIG_TYPE, at,
                        "'" + name + "' must be text, not " + YamlTypes.describe(key.type()),
                        key.text() == null ? "write " + name + ": \"...\"" : "quote it: " + YamlTypes.quoted(name, key.text()));
                ok = false;
                continue;
            }
            if (name.equals("timezone") && !isZone(key.text().strip())) {
                problems.report(Rule.CONFIG_TIMEZONE, at, "unknown time zone '" + key.text().strip() + "'",
                        "use a zone name such as Asia/Seoul, Europe/Berlin or UTC");
                ok = false;
                continue;
            }
            site.put(name, key.text().strip());
        }
        YamlLoader.Key collectionsDir = doc.keys().get("collections_dir");
        if (collectionsDir != null && !collectionsDir.type().equals("null") && (collectionsDir.text() == null
                || collectionsDir.text().strip().startsWith("/") || collectionsDir.text().contains("\\")
                || java.util.Arrays.asList(collectionsDir.text().strip().split("/")).contains(".."))) {
            problems.report(Rule.CONFIG_TYPE, SourceLocation.at(file, collectionsDir.valueLine(), collectionsDir.valueColumn()),
                    "'collections_dir' must be a folder inside the source folder",
                    "write collections_dir: my_collections, or leave it out");
        }
        SiteConfig read = ok ? config.withConfigFile(site, doc.values()) : config;
        return rules(file, doc, problems).map(read::withSiteRules).orElse(read);
    }

    /** {@code blog_rules:}, a map of rule ids to levels: {@code missing-title: warning}. */
    private static Optional<RuleSettings.Layer> rules(Path file, YamlLoader.Document doc,
                                                                                Problems problems) {
        YamlLoader.Key key = doc.keys().get(RULES_KEY);
        if (key == null || key.type().equals("null")) {
            return Optional.empty();
        }
        SourceLocation at = SourceLocation.at(file, key.line(), key.column());
        if (!(doc.values().get(RULES_KEY) instanceof Map<?, ?> map)) {
            problems.report(Rule.CONFIG_TYPE, SourceLocation.at(file, key.valueLine(), key.valueColumn()),
                    "'" + RULES_KEY + "' must be a map of rule ids to levels, not " + YamlTypes.describe(key.type()),
                    "write one rule a line below it, indented: '  missing-title: warning'");
            return Optional.empty();
        }
        Map<String, String> settings = new LinkedHashMap<>();
        // YAML reads an unquoted off as false: that is the level the blogger wrote.
        map.forEach((id, level) -> settings.put(String.valueOf(id), level == null ? ""
                : Boolean.FALSE.equals(level) ? "off" : String.valueOf(level)));
        return Optional.of(new RuleSettings.Layer("blog_rules of _config.yml", at,
                settings));
    }

    /**
     * Where the value of a top-level key of {@code _config.yml} is written, for a problem found with it later
     * (a theme that cannot be had, a logo that is missing); the file itself when it cannot tell.
     */
    public static SourceLocation valueOf(Path file, String key) {
        try {
            Optional<YamlLoader.Key> found = YamlLoader.load(file, java.nio.file.Files.readString(file), 1,
                    new Problems()).map(doc -> doc.keys().get(key));
            return found.map(k -> SourceLocation.at(file, k.valueLine(), k.valueColumn()))
                    .orElse(SourceLocation.of(file));
        } catch (java.io.IOException | RuntimeException unreadable) {
            return SourceLocation.of(file);
        }
    }

    /** Whether the text names a time zone ({@code Asia/Seoul}, {@code UTC}, {@code +09:00}). */
    public static boolean isZone(String text) {
        try {
            ZoneId.of(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
