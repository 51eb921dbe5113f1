package io.github.blogpublish.mojo;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;

/**
 * The parameters every blog goal shares: where the site is and how it is built. {@link AbstractSiteMojo} turns
 * them into the build's settings.
 */
public abstract class SiteParameters extends AbstractMojo {

    /** The Maven session: its resolver session, and the properties the user set. */
    @Parameter(defaultValue = "${session}", readonly = true)
    protected org.apache.maven.execution.MavenSession session;

    /** Maven's resolver, for what only some blogs need (Dart Sass, a theme); injected by Maven. */
    @javax.inject.Inject
    protected org.eclipse.aether.RepositorySystem repositorySystem;

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /**
     * Whether a build that Maven started with the JVM's default compilers runs with the quick one only, as
     * {@code -XX:TieredStopAtLevel=1} in {@code .mvn/jvm.config} would (see docs/maven.md): only for a
     * command-line Maven building this one project. {@code false} leaves the JVM as it is.
     */
    @Parameter(property = "blog.quickCompile", defaultValue = "true")
    protected boolean quickCompile;

    /** The blog's sources: {@code _posts}, {@code _layouts}, {@code _config.yml}, ... Default {@code src/main/blog}. */
    @Parameter(property = "blog.sourceDirectory", defaultValue = "${project.basedir}/src/main/blog")
    protected File sourceDirectory;

    /** Where the rendered site is written. Default {@code target/blog}. */
    @Parameter(property = "blog.outputDirectory", defaultValue = "${project.build.directory}/blog")
    protected File outputDirectory;

    /** The site zip. Default {@code target/<finalName>.zip}. */
    @Parameter(property = "blog.archive", defaultValue = "${project.build.directory}/${project.build.finalName}.zip")
    protected File archive;

    /**
     * Reuses what the last build checked and rendered (kept in {@code target/blog-cache}) for the posts that did
     * not change, so a re-run after editing one post is quick; the site is the same as a full build's. A changed
     * setting, layout, include, data file or plugin version, or {@code mvn clean}, gives a full build.
     * Default {@code true}.
     */
    @Parameter(property = "blog.incremental", defaultValue = "true")
    protected boolean incremental;

    /** Where the incremental build keeps what it reuses. Default {@code target/blog-cache}. */
    @Parameter(property = "blog.cacheDirectory", defaultValue = "${project.build.directory}/blog-cache")
    protected File cacheDirectory;

    /** This plugin's version: named in the reports, and part of the incremental build's key. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    protected String pluginVersion;

    /** Skips every blog goal. Default {@code false}. */
    @Parameter(property = "blog.skip", defaultValue = "false")
    protected boolean skip;

    /** Builds the posts in {@code _drafts} and those marked {@code draft: true}. Default {@code false}. */
    @Parameter(property = "blog.drafts", defaultValue = "false")
    protected boolean drafts;

    /** Builds posts dated in the future. Default {@code false}. */
    @Parameter(property = "blog.future", defaultValue = "false")
    protected boolean future;

    /** Builds posts marked {@code published: false}. Default {@code false}. */
    @Parameter(property = "blog.unpublished", defaultValue = "false")
    protected boolean unpublished;

    /**
     * Threads for reading, checking and rendering. Default {@code 0}: one per processor. The site is the same,
     * byte for byte, whatever the number; {@code 1} keeps a build off the other cores.
     */
    @Parameter(property = "blog.threads", defaultValue = "0")
    protected int threads;

    /**
     * On a long build, a line every this many milliseconds says what it is doing. Default {@code 5000};
     * {@code 0} for none.
     */
    @Parameter(property = "blog.progressInterval", defaultValue = "5000")
    protected long progressInterval;

    /** Fails the build when there are warnings, not only errors. Default {@code false}. */
    @Parameter(property = "blog.failOnWarnings", defaultValue = "false")
    protected boolean failOnWarnings;

    /**
     * Makes every front matter key that is neither built in nor declared by a site schema an error, so typos
     * in theme keys are caught too. Default {@code false} (only near misses of built-in keys are warned about).
     */
    @Parameter(property = "blog.strictKeys", defaultValue = "false")
    protected boolean strictKeys;

    /**
     * A JSON Schema (draft 2020-12) that every post's front matter must satisfy, e.g. an enum of allowed
     * categories. Per-layout rules go in {@code _schemas/<layout>.json} in the sources. Default: none.
     */
    @Parameter(property = "blog.frontMatterSchema")
    protected File frontMatterSchema;

    /**
     * What an unknown Liquid tag or filter (say a Jekyll plugin's {@code {% oembed %}}) is: {@code error}
     * fails the build at its file and line; {@code warning} reports it and builds the site without it.
     * Default {@code error}.
     */
    @Parameter(property = "blog.unknownLiquid", defaultValue = "error")
    protected String unknownLiquid;

    /**
     * What a broken internal link or image in the written site is: {@code error} fails the build naming the
     * source file and line; {@code warning} reports it. Default {@code error}.
     */
    @Parameter(property = "blog.brokenLinks", defaultValue = "error")
    protected String brokenLinks;

    /**
     * The starting level of every rule: {@code strict} (the default) fails on everything the plugin checks;
     * {@code jekyll} builds every input Jekyll 4.3 builds, reporting what Jekyll accepts silently as warnings.
     * The rules are listed in {@code docs/rules.md}.
     */
    @Parameter(property = "blog.profile", defaultValue = "strict")
    protected String profile;

    /**
     * Levels of single rules, by id: {@code <rules><date-trailing-text>warning</date-trailing-text></rules>};
     * each is {@code error}, {@code warning} or {@code off}. They win over the profile, the shorthands
     * ({@code strictKeys}, {@code unknownLiquid}, {@code brokenLinks}) and {@code blog_rules} of {@code _config.yml}.
     */
    @Parameter
    protected java.util.Map<String, String> rules;

    /**
     * Levels of single rules on the command line, winning over all else:
     * {@code -Dblog.rules=date-trailing-text=warning,missing-title=off}.
     */
    @Parameter(property = "blog.rules")
    protected String ruleList;

    /**
     * A theme as an unpacked folder, such as a Jekyll gem theme's ({@code _layouts}, {@code _includes},
     * {@code assets}); the site's own files of the same name override the theme's. Default: none (the built-in
     * theme).
     */
    @Parameter(property = "blog.themeDirectory")
    protected File themeDirectory;

    /**
     * The site's theme: Maven coordinates of a theme jar ({@code groupId:artifactId:version}, a jar whose root holds
     * {@code _layouts}, {@code _includes}, {@code _sass} and {@code assets}), or the artifactId of a theme jar among
     * the plugin's {@code <dependencies>} ({@code minima} also finds {@code jekyll-theme-minima}). Overrides
     * {@code theme:} of {@code _config.yml}; {@code themeDirectory} wins over both. Default: none (the built-in theme).
     */
    @Parameter(property = "blog.theme")
    protected String theme;

    /** The plugin's own descriptor: its dependencies are where a theme named by artifactId is found. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    protected org.apache.maven.plugin.descriptor.PluginDescriptor plugin;

    /**
     * A Dart Sass executable of your own ({@code sass} of a Dart Sass release) for the site's {@code .scss} and
     * {@code .sass} files. Default: none, and Maven fetches Dart Sass ({@code de.larsgrefer.sass:sass-embedded-bundled})
     * the first time a blog has Sass.
     */
    @Parameter(property = "blog.sassExecutable")
    protected File sassExecutable;

    /** The site title; overrides {@code title} in {@code _config.yml}. Default: the file's, else none. */
    @Parameter(property = "blog.title")
    protected String title;

    /** The site's absolute URL, e.g. {@code https://example.org}; overrides {@code url} in {@code _config.yml}. */
    @Parameter(property = "blog.url")
    protected String url;

    /** The path the site is served under, e.g. {@code /blog}; overrides {@code baseurl} in {@code _config.yml}. Default: none. */
    @Parameter(property = "blog.baseUrl")
    protected String baseUrl;

    /** The zone for dates without one, e.g. {@code Asia/Seoul}; overrides {@code timezone} in {@code _config.yml}. Default UTC. */
    @Parameter(property = "blog.timezone")
    protected String timezone;

    /** The permalink style or pattern for posts; overrides {@code permalink} in {@code _config.yml}. Default {@code date}. */
    @Parameter(property = "blog.permalink")
    protected String permalink;
}
