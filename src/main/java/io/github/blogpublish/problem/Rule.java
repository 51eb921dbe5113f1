package io.github.blogpublish.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every check the plugin makes, by a stable kebab-case id that is printed with each problem
 * ({@code ...:3:7: error: 'date' ... [date-trailing-text]}), is the SARIF {@code ruleId} and names the JUnit test
 * case. Each has a default level ({@link Level}), a level under the {@code jekyll} profile (what Jekyll 4.3 builds
 * without a word is a warning there), what it catches and how to fix it; {@code docs/rules.md} is generated from
 * this list. A rule that is {@link #fixed()} is about the build itself (its folders, a file that cannot be read),
 * not about what a blog means, and keeps its level.
 */
public enum Rule {
    // The settings
    CONFIG_SYNTAX("config-syntax", Level.ERROR, Level.ERROR,
            "_config.yml is not a map of key: value lines", "write _config.yml as key: value lines"),
    CONFIG_TYPE("config-type", Level.ERROR, Level.ERROR,
            "a setting of _config.yml the plugin reads has the wrong type (title, url, baseurl, permalink, ...)",
            "write the value as the text it must be, quoted when YAML would read a number or date"),
    CONFIG_TIMEZONE("config-timezone", Level.ERROR, Level.ERROR,
            "timezone: names no time zone", "write an IANA zone such as Asia/Seoul or UTC"),
    UNKNOWN_RULE("unknown-rule", Level.ERROR, Level.ERROR,
            "a rule id or level in the POM, -Dblog.rules or _config.yml's blog_rules that does not exist",
            "use an id of docs/rules.md and error, warning or off"),
    // Reading files
    FILE_UNREADABLE("file-unreadable", Level.ERROR, Level.ERROR,
            "a source file cannot be read (permissions, a file that vanished, one too large)",
            "make the file readable, or remove it", true),
    TEXT_ENCODING("text-encoding", Level.ERROR, Level.ERROR,
            "a text file that is not UTF-8 (or UTF-16 with its byte-order mark)", "save the file as UTF-8"),
    NUL_CHARACTER("nul-character", Level.ERROR, Level.ERROR,
            "a NUL character in a text file", "remove the character; it is often left by a broken copy"),
    SYMLINK_OUTSIDE("symlink-outside", Level.WARNING, Level.WARNING,
            "a symbolic link that leads out of the source folder (it is ignored)",
            "copy the file into the source folder instead of linking to it"),
    // Posts and their names
    NON_MARKDOWN_POST("non-markdown-post", Level.WARNING, Level.WARNING,
            "a file in _posts that is not Markdown (it is ignored)", "rename it to .md, or move it out of _posts"),
    POST_FILE_NAME("post-file-name", Level.ERROR, Level.ERROR,
            "a post whose file name does not start with its date",
            "rename it YYYY-MM-DD-slug.md"),
    POST_FILE_DATE("post-file-date", Level.ERROR, Level.ERROR,
            "a post file name with an impossible date (2022-02-30-...)", "rename it with a real date"),
    // Front matter: its block
    FRONT_MATTER_MISSING("front-matter-missing", Level.ERROR, Level.ERROR,
            "a post without front matter", "begin the file with ---, title: \"Your title\", ---"),
    FRONT_MATTER_START("front-matter-start", Level.ERROR, Level.ERROR,
            "front matter that does not start on the first line", "remove what stands before the first ---"),
    FRONT_MATTER_UNCLOSED("front-matter-unclosed", Level.ERROR, Level.ERROR,
            "front matter without its closing --- line", "close the front matter with a --- line"),
    FRONT_MATTER_SPLIT("front-matter-split", Level.ERROR, Level.ERROR,
            "front matter closed too early: key: value lines follow a stray ---",
            "remove the stray --- so that all keys are in one block"),
    FRONT_MATTER_NOT_MAP("front-matter-not-map", Level.ERROR, Level.ERROR,
            "front matter that is a list or a single value, not key: value lines", "write title: \"...\" and other keys"),
    // Front matter: YAML
    YAML_SYNTAX("yaml-syntax", Level.ERROR, Level.ERROR,
            "YAML that does not parse (an unquoted ': ', a tab, a broken indentation)",
            "quote values with special characters, indent with spaces"),
    YAML_LIMITS("yaml-limits", Level.ERROR, Level.ERROR,
            "YAML beyond the plugin's limits: 256 KB, 50 aliases, 50 levels, 100,000 values",
            "keep front matter to a few keys; move data into _data files"),
    YAML_TAG("yaml-tag", Level.ERROR, Level.ERROR,
            "a YAML tag other than the core types (!!java..., !ruby/object)", "remove the tag"),
    YAML_ALIAS_LOOP("yaml-alias-loop", Level.ERROR, Level.ERROR,
            "an alias inside the very list or map it names", "write the values out instead of the alias"),
    YAML_COMPLEX_KEY("yaml-complex-key", Level.ERROR, Level.ERROR,
            "a list or map used as a key", "write key: value"),
    YAML_DUPLICATE_KEY("yaml-duplicate-key", Level.ERROR, Level.WARNING,
            "the same key twice in one map (Jekyll keeps the last)", "keep one of the lines"),
    YAML_VALUE("yaml-value", Level.ERROR, Level.ERROR,
            "a YAML value that cannot be read", "quote the value"),
    DATA_SYNTAX("data-syntax", Level.ERROR, Level.ERROR,
            "a _data file (YAML, JSON, CSV, TSV) that does not parse", "correct the file at the line shown"),
    DATA_DUPLICATE("data-duplicate", Level.ERROR, Level.ERROR,
            "two _data files that give site.data the same name", "rename one of them"),
    // Front matter: keys
    MISSING_TITLE("missing-title", Level.ERROR, Level.WARNING,
            "a post without title: (Jekyll takes it from the file name)", "add title: \"Your title\""),
    EMPTY_TITLE("empty-title", Level.ERROR, Level.WARNING,
            "title: with no text", "write the title after the colon"),
    TITLE_TYPE("title-type", Level.ERROR, Level.WARNING,
            "a title that YAML reads as a number, date, list or map", "quote it: title: \"2022\""),
    EMPTY_SLUG("empty-slug", Level.ERROR, Level.ERROR,
            "a post whose slug is empty", "name the file YYYY-MM-DD-some-words.md or set slug:"),
    DATE_TYPE("date-type", Level.ERROR, Level.ERROR,
            "date: that is a number, list or map", "write date: 2022-10-01"),
    DATE_INVALID("date-invalid", Level.ERROR, Level.ERROR,
            "date: that is no date at all, or an impossible one (Jekyll refuses it too)",
            "write date: 2022-10-01, or date: 2022-10-01 09:30:00 +0900"),
    DATE_TRAILING_TEXT("date-trailing-text", Level.ERROR, Level.WARNING,
            "date: with text after a valid date or time (Ruby's parser, and so Jekyll, ignores it)",
            "remove the text after the date"),
    DATE_LENIENT_FORM("date-lenient-form", Level.WARNING, Level.WARNING,
            "date: in a form Jekyll reads but ISO 8601 does not (2022-1-5, 2022/10/01)",
            "write the ISO form the message shows"),
    DATE_DAY_MISMATCH("date-day-mismatch", Level.WARNING, Level.WARNING,
            "date: on another day than the file name (the date: line wins, as in Jekyll)",
            "rename the file, correct the date, or set timezone:"),
    AUTHOR_TYPE("author-type", Level.ERROR, Level.WARNING,
            "author: that is neither a name, a list of names nor a map of name, email and the like", "write author: Your Name"),
    LAST_MODIFIED_INVALID("last-modified-invalid", Level.ERROR, Level.WARNING,
            "last_modified_at: that is not a date", "write last_modified_at: 2022-10-01"),
    WORDS_TYPE("words-type", Level.ERROR, Level.WARNING,
            "tags, categories (or tag, category) that are not a word or a list of words",
            "write tags: [a, b] or tags: a b"),
    BOOLEAN_TYPE("boolean-type", Level.ERROR, Level.WARNING,
            "published, draft or render_with_liquid that is not true or false", "write true or false without quotes"),
    TEXT_TYPE("text-type", Level.ERROR, Level.WARNING,
            "excerpt, description, lang, slug or another text key that YAML reads as a number, date, list or map",
            "quote the value"),
    UNKNOWN_KEY("unknown-key", Level.OFF, Level.OFF,
            "a front matter key the plugin does not know and no schema declares (blog.strictKeys makes it an error)",
            "remove it, or declare it in a front matter schema"),
    UNKNOWN_KEY_NEAR_MISS("unknown-key-near-miss", Level.WARNING, Level.WARNING,
            "an unknown key that is a near miss of a known one (titel:)", "correct the spelling"),
    UNKNOWN_LAYOUT("unknown-layout", Level.ERROR, Level.WARNING,
            "layout: (or a layout's own layout:, or defaults) naming a layout that does not exist",
            "use an existing layout, or add it to _layouts"),
    LAYOUT_TYPE("layout-type", Level.ERROR, Level.ERROR,
            "layout: that is not a name", "write layout: post"),
    PERMALINK_INVALID("permalink-invalid", Level.ERROR, Level.ERROR,
            "a permalink that leads out of the site or cannot be built", "start it with / and use no .. segments"),
    SCHEMA_VIOLATION("schema-violation", Level.ERROR, Level.WARNING,
            "front matter that breaks a rule of the site's own JSON schemas (_schemas/)", "follow the schema, or change it"),
    SCHEMA_INVALID("schema-invalid", Level.ERROR, Level.ERROR,
            "a front matter schema file that is no usable JSON Schema, or is missing", "correct the schema file"),
    SCHEMA_UNKNOWN_LAYOUT("schema-unknown-layout", Level.WARNING, Level.WARNING,
            "a schema _schemas/<name>.json named after no layout and no collection (it applies to nothing)",
            "rename the schema after a layout or a collection (posts for the posts), or remove it"),
    // Liquid and layouts
    LIQUID_SYNTAX("liquid-syntax", Level.ERROR, Level.ERROR,
            "Liquid that does not parse", "close every {% tag %} and {{ output }}"),
    LIQUID_RENDER("liquid-render", Level.ERROR, Level.ERROR,
            "Liquid that fails while it renders (a filter on the wrong value, a loop over the limits)",
            "check the tags and filters at the line shown"),
    LIQUID_HIGHLIGHT("liquid-highlight", Level.ERROR, Level.ERROR,
            "a highlight block never closed, inside another, or an endhighlight without one",
            "close each {% highlight %} with {% endhighlight %}"),
    LIQUID_LAX("liquid-lax", Level.WARNING, Level.WARNING,
            "Ruby Liquid's lax syntax, read as Jekyll reads it: a trailing comma, a filter argument without a colon",
            "write the colon (default: \"x\"), drop the comma"),
    UNKNOWN_LIQUID("unknown-liquid", Level.ERROR, Level.WARNING,
            "a Liquid tag or filter the plugin does not have (often a Jekyll plugin's); below error it is left out",
            "remove it, or set blog.unknownLiquid=warning"),
    UNKNOWN_INCLUDE("unknown-include", Level.ERROR, Level.ERROR,
            "{% include %} or {% include_relative %} naming a file that does not exist", "add the file, or correct the name"),
    LAYOUT_LOOP("layout-loop", Level.ERROR, Level.ERROR,
            "layouts that sit in each other in a loop", "remove the layout: line of one of them"),
    // Sass
    SASS_ERROR("sass-error", Level.ERROR, Level.ERROR,
            "a .scss or .sass file with front matter that Dart Sass cannot compile; below error its .css is left out",
            "correct the Sass at the line shown (the message is Dart Sass's)"),
    SASS_WARNING("sass-warning", Level.WARNING, Level.WARNING,
            "a warning of Dart Sass while it compiles (an @warn, a deprecated function or @import)",
            "follow Dart Sass's advice; sass: quiet_deps: true in _config.yml quiets the theme's and load paths'"),
    SASS_COMPILER("sass-compiler", Level.ERROR, Level.ERROR,
            "Dart Sass cannot be found or started (no network for its first download, an executable that fails)",
            "run once with network access so Maven can fetch de.larsgrefer.sass:sass-embedded-bundled, or set "
                    + "blog.sassExecutable to a Dart Sass of your own", true),
    // The site
    BROKEN_LINK("broken-link", Level.ERROR, Level.WARNING,
            "a link, post_url or link tag to a page of the site that does not exist",
            "correct the link, or set blog.brokenLinks=warning"),
    URL_COLLISION("url-collision", Level.ERROR, Level.ERROR,
            "two sources that write the same file of the site", "give one of them another permalink"),
    OUTPUT_PATH("output-path", Level.ERROR, Level.ERROR,
            "a source that would write a file outside the site, or one no system can name",
            "give it a permalink of plain names", true),
    RENDER_FAILED("render-failed", Level.ERROR, Level.ERROR,
            "an output of the site that could not be made (the message says why)", "see the message", true),
    // The build itself
    THEME_FOLDER("theme-folder", Level.ERROR, Level.ERROR,
            "blog.themeDirectory names a folder that does not exist", "point it at an unpacked theme", true),
    THEME_NOT_FOUND("theme-not-found", Level.ERROR, Level.WARNING,
            "the theme named by theme: in _config.yml or <theme> in the POM cannot be found or read (below error the "
                    + "built-in theme stands in)",
            "name a theme jar by its coordinates (theme: groupId:artifactId:version), add the jar to the plugin's "
                    + "<dependencies> and name it by its artifactId, or set blog.themeDirectory to its folder"),
    OUTPUT_FOLDER("output-folder", Level.ERROR, Level.ERROR,
            "an output folder that is not inside target/, or that holds the sources",
            "set blog.outputDirectory to a folder of target/", true),
    SITE_WRITE("site-write", Level.ERROR, Level.ERROR,
            "the site could not be written, or its folder changed while the build wrote it",
            "see the message, then build again", true),
    INTERRUPTED_UPDATE("interrupted-update", Level.WARNING, Level.WARNING,
            "a build stopped while it updated the site; its changes were undone first", "nothing to do", true),
    PUBLISH_TARGET("publish-target", Level.ERROR, Level.ERROR,
            "blog:publish's target that it cannot or must not write", "see the message", true),
    PUBLISH_REMOTE("publish-remote", Level.ERROR, Level.ERROR,
            "blog:publish finds no Git repository to publish to (none set, no origin, nothing at the address, SSH)",
            "set blog.publish.repository to the repository's HTTPS address or a folder", true),
    PUBLISH_CREDENTIALS("publish-credentials", Level.ERROR, Level.ERROR,
            "the Git remote asks for credentials that are missing or refused",
            "put a <server> with a token in settings.xml and set blog.publish.serverId to its id", true),
    PUBLISH_REJECTED("publish-rejected", Level.ERROR, Level.ERROR,
            "the Git remote refused the push (someone pushed first, a protected branch); the branch is unchanged",
            "run the publish again: it commits on top of what the remote holds now", true),
    PUBLISH_BRANCH("publish-branch", Level.ERROR, Level.ERROR,
            "the Git branch to publish to holds something other than a site (no index.html at its top), or its name "
                    + "is no branch name",
            "name another branch with blog.publish.branch, or set blog.publish.force=true to replace its files", true),
    NEW_POST("new-post", Level.ERROR, Level.ERROR,
            "blog:new cannot make the post (a title missing, the file exists)", "see the message", true),
    SERVE("serve", Level.ERROR, Level.ERROR,
            "blog:serve cannot serve the site", "see the message", true);

    private static final Map<String, Rule> BY_ID =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

    private final String id;
    private final Level level;
    private final Level jekyllLevel;
    private final String catches;
    private final String fix;
    private final boolean fixed;

    Rule(String id, Level level, Level jekyllLevel, String catches, String fix) {
        this(id, level, jekyllLevel, catches, fix, false);
    }

    Rule(String id, Level level, Level jekyllLevel, String catches, String fix, boolean fixed) {
        this.id = id;
        this.level = level;
        this.jekyllLevel = jekyllLevel;
        this.catches = catches;
        this.fix = fix;
        this.fixed = fixed;
    }

    /** The id users write and read: {@code date-trailing-text}. */
    public String id() {
        return id;
    }

    /** The level under the default profile, {@code strict}. */
    public Level level() {
        return level;
    }

    /** The level under the {@code jekyll} profile. */
    public Level jekyllLevel() {
        return jekyllLevel;
    }

    /** What the rule catches, for the rule table and SARIF. */
    public String catches() {
        return catches;
    }

    /** How to fix what it catches, in general (each problem's hint is specific). */
    public String fix() {
        return fix;
    }

    /** Whether the rule is about the build itself, and keeps its level whatever a blog sets. */
    public boolean fixed() {
        return fixed;
    }

    /** The rule of this id. */
    public static Optional<Rule> of(String id) {
        return Optional.ofNullable(BY_ID.get(id.strip().toLowerCase(Locale.ROOT)));
    }

    /** Every id, for did-you-mean. */
    public static java.util.Set<String> ids() {
        return BY_ID.keySet();
    }

    @Override
    public String toString() {
        return id;
    }

    /** How a rule's problems count: an error fails the build, a warning is printed, off is not reported. */
    public enum Level {
        ERROR, WARNING, OFF;

        /** {@code error}, {@code warning} or {@code off}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Level> of(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "error" -> Optional.of(ERROR);
                case "warning", "warn" -> Optional.of(WARNING);
                case "off", "ignore", "none" -> Optional.of(OFF);
                default -> Optional.empty();
            };
        }
    }
}
