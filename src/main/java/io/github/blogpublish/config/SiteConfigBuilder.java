package io.github.blogpublish.config;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Collects settings; {@link #site(String, String)} values are the POM's and beat {@code _config.yml}. */
public final class SiteConfigBuilder {
    final Path baseDirectory;
    Path sourceDirectory = Path.of("src", "main", "blog");
    Path outputDirectory = Path.of("target", "blog");
    final Map<String, String> site = new LinkedHashMap<>();
    final Set<String> explicit = new LinkedHashSet<>();
    final Map<String, Object> custom = new LinkedHashMap<>();
    boolean drafts;
    boolean future;
    boolean unpublished;
    RuleSettings ruleSettings = RuleSettings.DEFAULT;
    int threads = Runtime.getRuntime().availableProcessors();
    Path frontMatterSchema;
    Path themeDirectory;
    String theme;
    java.util.List<Path> themes = java.util.List.of();
    Instant now;

    SiteConfigBuilder(Path baseDirectory) {
        this.baseDirectory = baseDirectory;
    }

    public SiteConfigBuilder sourceDirectory(Path value) {
        this.sourceDirectory = value;
        return this;
    }

    public SiteConfigBuilder outputDirectory(Path value) {
        this.outputDirectory = value;
        return this;
    }

    /**
     * Sets one of {@link SiteConfig#SITE_KEYS} as the POM's value; {@code null} or blank leaves it to
     * {@code _config.yml}.
     */
    public SiteConfigBuilder site(String key, String value) {
        if (!SiteConfig.SITE_KEYS.contains(key)) {
            throw new IllegalArgumentException("not a site key: " + key);
        }
        if (value != null && !value.isBlank()) {
            site.put(key, value.trim());
            explicit.add(key);
        }
        return this;
    }

    public SiteConfigBuilder drafts(boolean value) {
        this.drafts = value;
        return this;
    }

    public SiteConfigBuilder future(boolean value) {
        this.future = value;
        return this;
    }

    public SiteConfigBuilder unpublished(boolean value) {
        this.unpublished = value;
        return this;
    }

    /** {@code blog.strictKeys}: every unknown front matter key an error. */
    public SiteConfigBuilder strictKeys(boolean value) {
        ruleSettings = ruleSettings.withShorthands(value, ruleSettings.liquidWarn(), ruleSettings.linksWarn());
        return this;
    }

    /** {@code blog.brokenLinks=warning}. */
    public SiteConfigBuilder brokenLinksWarn(boolean value) {
        ruleSettings = ruleSettings.withShorthands(ruleSettings.strictKeys(), ruleSettings.liquidWarn(), value);
        return this;
    }

    /** {@code blog.profile}: {@code strict} (the default) or {@code jekyll}. */
    public SiteConfigBuilder profile(String value) {
        ruleSettings = ruleSettings.withProfile(value == null ? "strict" : value.strip());
        return this;
    }

    /** Rule levels written in one place, applied after those set before. */
    public SiteConfigBuilder rules(RuleSettings.Layer layer) {
        ruleSettings = ruleSettings.with(layer);
        return this;
    }

    /** Threads for the parallel stages, at least 1; by default one per processor. */
    public SiteConfigBuilder threads(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + value);
        }
        threads = value;
        return this;
    }

    /** {@code blog.unknownLiquid=warning}. */
    public SiteConfigBuilder unknownLiquidWarns(boolean value) {
        ruleSettings = ruleSettings.withShorthands(ruleSettings.strictKeys(), value, ruleSettings.linksWarn());
        return this;
    }

    /** An unpacked theme folder; {@code null} for none (the built-in theme alone). */
    public SiteConfigBuilder themeDirectory(Path value) {
        this.themeDirectory = value;
        return this;
    }

    /** The POM's theme, a name or Maven coordinates; {@code null} or blank leaves it to {@code _config.yml}. */
    public SiteConfigBuilder theme(String value) {
        this.theme = value == null || value.isBlank() ? null : value.strip();
        return this;
    }

    /** A JSON Schema file for every post's front matter; {@code null} for none. */
    public SiteConfigBuilder frontMatterSchema(Path value) {
        this.frontMatterSchema = value;
        return this;
    }

    public SiteConfigBuilder now(Instant value) {
        this.now = value;
        return this;
    }

    /** @throws java.time.DateTimeException when {@code timezone} is not a zone name */
    public SiteConfig build() {
        return new SiteConfig(this);
    }
}
