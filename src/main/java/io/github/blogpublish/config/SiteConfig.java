package io.github.blogpublish.config;

import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.RuleLevels;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one build of a site needs to know, fixed before the pipeline starts and safe to share
 * between threads. Made by a {@link Builder}: the mojo sets what the POM says, then the build fills what
 * the POM left open from {@code _config.yml} ({@link #withConfigFile}); POM parameters always win.
 */
public final class SiteConfig {

    /** Jekyll's default permalink style, {@code date}. */
    public static final String DEFAULT_PERMALINK = "/:categories/:year/:month/:day/:title:output_ext";

    /** The {@code _config.yml} keys with a typed meaning here; all other keys reach templates as {@code site.*}. */
    public static final Set<String> SITE_KEYS =
            Set.of("title", "description", "url", "baseurl", "author", "timezone", "permalink", "lang");

    private final Path baseDirectory;
    private final Path sourceDirectory;
    private final Path outputDirectory;
    private final Map<String, String> site;
    private final Set<String> explicit;
    private final Map<String, Object> custom;
    private final ZoneId timezone;
    private final boolean drafts;
    private final boolean future;
    private final boolean unpublished;
    private final RuleSettings ruleSettings;
    private final RuleLevels rules;
    private final int threads;
    private final Path frontMatterSchema;
    private final Path themeDirectory;
    private final String theme;
    private final java.util.List<Path> themes;
    private final java.util.List<Collection> collections;
    private final Instant now;

    SiteConfig(SiteConfigBuilder b) {
        this.baseDirectory = Objects.requireNonNull(b.baseDirectory, "baseDirectory").toAbsolutePath().normalize();
        this.sourceDirectory = resolve(baseDirectory, Objects.requireNonNull(b.sourceDirectory, "sourceDirectory"));
        this.outputDirectory = resolve(baseDirectory, Objects.requireNonNull(b.outputDirectory, "outputDirectory"));
        this.site = Collections.unmodifiableMap(new LinkedHashMap<>(b.site));
        this.explicit = Set.copyOf(b.explicit);
        this.custom = Collections.unmodifiableMap(new LinkedHashMap<>(b.custom));
        this.timezone = b.site.containsKey("timezone") ? ZoneId.of(b.site.get("timezone")) : ZoneOffset.UTC;
        this.drafts = b.drafts;
        this.future = b.future;
        this.unpublished = b.unpublished;
        this.ruleSettings = b.ruleSettings;
        // Problems with the settings are reported by checkRules; here they change nothing.
        this.rules = ruleSettings.levels(pom(), new Problems());
        this.threads = b.threads;
        this.frontMatterSchema = b.frontMatterSchema == null ? null : resolve(baseDirectory, b.frontMatterSchema);
        this.themeDirectory = b.themeDirectory == null ? null : resolve(baseDirectory, b.themeDirectory);
        this.theme = b.theme;
        this.themes = java.util.List.copyOf(b.themes);
        this.collections = Collection.of(custom.get("collections"), collectionsDir());
        this.now = b.now == null ? Instant.now() : b.now;
    }

    private static Path resolve(Path base, Path path) {
        return base.resolve(path).toAbsolutePath().normalize();
    }

    public static SiteConfigBuilder builder(Path baseDirectory) {
        return new SiteConfigBuilder(baseDirectory);
    }

    /** The project folder; problem locations are shown relative to it. */
    public Path baseDirectory() {
        return baseDirectory;
    }

    /** Where the blog's sources live ({@code src/main/blog}). */
    public Path sourceDirectory() {
        return sourceDirectory;
    }

    /** Where the rendered site is written ({@code target/blog}). */
    public Path outputDirectory() {
        return outputDirectory;
    }

    public String title() {
        return site.getOrDefault("title", "");
    }

    public String description() {
        return site.getOrDefault("description", "");
    }

    /** The site's absolute URL without a trailing slash, e.g. {@code https://example.org}; may be empty. */
    public String url() {
        return stripTrailingSlash(site.getOrDefault("url", ""));
    }

    /** The path the site is served under, {@code ""} or {@code /blog} (leading slash, no trailing one). */
    public String baseurl() {
        String value = stripTrailingSlash(site.getOrDefault("baseurl", ""));
        return value.isEmpty() || value.startsWith("/") ? value : "/" + value;
    }

    public String author() {
        return site.getOrDefault("author", "");
    }

    public String lang() {
        return site.getOrDefault("lang", "en");
    }

    /** The permalink pattern or style name ({@code date}, {@code pretty}, ...) for posts. */
    public String permalink() {
        return site.getOrDefault("permalink", DEFAULT_PERMALINK);
    }

    /** The zone that zone-less dates are read in and URLs are computed in; UTC unless configured. */
    public ZoneId timezone() {
        return timezone;
    }

    /** {@code exclude} of {@code _config.yml}: paths or globs below the source folder that are not part of the site. */
    public java.util.List<String> exclude() {
        return custom.get("exclude") instanceof java.util.List<?> list
                ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList()
                : java.util.List.of();
    }

    /**
     * {@code collections_dir} of {@code _config.yml}: the folder below the source folder that holds the collections'
     * folders, {@code _posts} and {@code _drafts}; empty for the source folder itself (and for a value that would lead
     * out of it, which {@code _config.yml}'s check reports).
     */
    public String collectionsDir() {
        String dir = custom.get("collections_dir") instanceof String text ? text.strip().replaceAll("^/+|/+$", "") : "";
        return dir.contains("\\") || java.util.Arrays.asList(dir.split("/")).contains("..") ? "" : dir;
    }

    /** {@code collections} of {@code _config.yml}, by label, sorted. */
    public java.util.List<Collection> collections() {
        return collections;
    }

    /** {@code defaults} of {@code _config.yml}: the values a file gets when its front matter lacks them. */
    public FrontMatterDefaults defaults() {
        return FrontMatterDefaults.of(custom.get("defaults"));
    }

    /** {@code paginate} of {@code _config.yml}: posts per home page; 0 puts every post on one page. */
    public int paginate() {
        return custom.get("paginate") instanceof Number n && n.intValue() > 0 ? n.intValue() : 0;
    }

    /**
     * The Jekyll plugins {@code _config.yml} lists ({@code plugins:}, or {@code gems:} as Jekyll 3 named it): those
     * the build has built in change what it writes (archives, redirects, pagination of {@code index.html}, emoji).
     */
    public Set<String> plugins() {
        Set<String> names = new java.util.TreeSet<>();
        for (String key : new String[] {"plugins", "gems"}) {
            if (custom.get(key) instanceof java.util.List<?> list) {
                list.forEach(name -> names.add(String.valueOf(name).strip()));
            }
        }
        return names;
    }

    /** Every {@code _config.yml} key, as plain JDK values, for templates ({@code site.*}). */
    public Map<String, Object> custom() {
        return custom;
    }

    public boolean drafts() {
        return drafts;
    }

    public boolean future() {
        return future;
    }

    public boolean unpublished() {
        return unpublished;
    }

    /** The level of every rule for this build. */
    public RuleLevels rules() {
        return rules;
    }

    /** Where the rules' levels come from. */
    public RuleSettings ruleSettings() {
        return ruleSettings;
    }

    /** Reports an unknown profile, rule id or level among the settings ({@code unknown-rule}). */
    public void checkRules(Problems problems) {
        ruleSettings.levels(pom(), problems);
    }

    private Path pom() {
        return baseDirectory.resolve("pom.xml");
    }

    /** Whether front matter keys outside the built-in set (and the site's schemas) are errors. */
    public boolean strictKeys() {
        return rules.level(Rule.UNKNOWN_KEY) == Rule.Level.ERROR;
    }

    /** How many threads the build's parallel stages use; the output is the same whatever the number. */
    public int threads() {
        return threads;
    }

    /** Whether an unknown Liquid tag or filter is left out (its rule below error) rather than failing the build. */
    public boolean unknownLiquidWarns() {
        return rules.level(Rule.UNKNOWN_LIQUID) != Rule.Level.ERROR;
    }

    /** Whether a broken internal link leaves the build going (its rule below error). */
    public boolean brokenLinksWarn() {
        return rules.level(Rule.BROKEN_LINK) != Rule.Level.ERROR;
    }

    /** A theme as a folder ({@code _layouts}, {@code _includes}, {@code _sass}, {@code assets}), if the POM names one. */
    public java.util.Optional<Path> themeDirectory() {
        return java.util.Optional.ofNullable(themeDirectory);
    }

    /**
     * The theme the site asks for, if any: the POM's {@code <theme>}, else {@code theme:} of {@code _config.yml}
     * (a name or Maven coordinates); {@link #themeDirectory()} wins over both.
     */
    public java.util.Optional<String> theme() {
        Object named = theme != null ? theme : custom.get("theme");
        return named instanceof String text && !text.isBlank() ? java.util.Optional.of(text.strip())
                : java.util.Optional.empty();
    }

    /**
     * The theme folders the build found for this site, the one it asked for first and the built-in theme last;
     * the site's own files override theirs, and an earlier theme's a later one's. Empty until the build sets them.
     */
    public java.util.List<Path> themes() {
        return themes;
    }

    /** This configuration with the theme folders the build found. */
    public SiteConfig withThemes(java.util.List<Path> folders) {
        SiteConfigBuilder b = toBuilder();
        b.themes = java.util.List.copyOf(folders);
        return b.build();
    }

    /** A JSON Schema that every post's front matter must satisfy, if the site has one. */
    public java.util.Optional<Path> frontMatterSchema() {
        return java.util.Optional.ofNullable(frontMatterSchema);
    }

    /** The build's notion of "now", for skipping future posts. */
    public Instant now() {
        return now;
    }

    /**
     * This configuration with the values of {@code _config.yml} filled in wherever the POM set nothing.
     *
     * @param siteValues typed values of {@link #SITE_KEYS}, already checked
     * @param allValues  every key of the file, for templates
     */
    public SiteConfig withConfigFile(Map<String, String> siteValues, Map<String, Object> allValues) {
        SiteConfigBuilder b = toBuilder();
        siteValues.forEach((key, value) -> {
            if (!explicit.contains(key)) {
                b.site.put(key, value);
            }
        });
        b.custom.putAll(allValues);
        return b.build();
    }

    /** This configuration with the rule levels {@code blog_rules:} of {@code _config.yml} sets. */
    public SiteConfig withSiteRules(RuleSettings.Layer layer) {
        SiteConfigBuilder b = toBuilder();
        b.ruleSettings = ruleSettings.withSiteFile(layer);
        return b.build();
    }

    public SiteConfigBuilder toBuilder() {
        SiteConfigBuilder b = new SiteConfigBuilder(baseDirectory);
        b.sourceDirectory = sourceDirectory;
        b.outputDirectory = outputDirectory;
        b.site.putAll(site);
        b.explicit.addAll(explicit);
        b.custom.putAll(custom);
        b.drafts = drafts;
        b.future = future;
        b.unpublished = unpublished;
        b.ruleSettings = ruleSettings;
        b.threads = threads;
        b.frontMatterSchema = frontMatterSchema;
        b.themeDirectory = themeDirectory;
        b.theme = theme;
        b.themes = themes;
        b.now = now;
        return b;
    }

    private static String stripTrailingSlash(String value) {
        String v = value.trim();
        while (v.endsWith("/")) {
            v = v.substring(0, v.length() - 1);
        }
        return v;
    }
}
