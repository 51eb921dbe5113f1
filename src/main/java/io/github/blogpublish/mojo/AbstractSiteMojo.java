package io.github.blogpublish.mojo;

import io.github.blogpublish.build.ValidatedSite;
import io.github.blogpublish.config.RuleSettings;
import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.frontmatter.ConfigFileReader;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.RuleLevels;
import io.github.blogpublish.problem.SiteBuildException;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.sass.DartSassInstall;
import io.github.blogpublish.sass.SassSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every blog goal shares: the parameters that locate and configure the site, skipping, and reporting. */
public abstract class AbstractSiteMojo extends SiteParameters {

    private static final String SKIP_REPORTED = "io.github.blogpublish.skipReported";

    /**
     * Why this goal does nothing for this project, if it does nothing: {@code blog.skip}, or no source
     * folder (so a parent POM can declare the plugin for every module). Said once per project.
     */
    protected boolean skipped() {
        String reason = null;
        if (skip) {
            reason = "Skipping the blog: blog.skip is true";
        } else if (!sourceDirectory.isDirectory()) {
            reason = "No blog sources in " + display(sourceDirectory.toPath()) + "; skipping this project";
        }
        if (reason == null) {
            return false;
        }
        if (project == null || project.getContextValue(SKIP_REPORTED) == null) {
            getLog().info(reason);
            if (project != null) {
                project.setContextValue(SKIP_REPORTED, Boolean.TRUE);
            }
        } else {
            getLog().debug(reason);
        }
        return true;
    }

    /**
     * Lets the JVM compile this build with its quick compiler only, where Maven left the JVM's compilers as they
     * were ({@code blog.quickCompile}); once per JVM, without waiting.
     */
    protected void quickCompile() {
        int projects = session == null || session.getProjects() == null ? 0 : session.getProjects().size();
        QuickCompiler.start(quickCompile, projects, buildDirectory(), getLog()::debug);
    }

    /** The settings the POM gives; {@code _config.yml} fills the rest during the build. */
    protected SiteConfig siteConfig() throws MojoFailureException {
        if (timezone != null && !timezone.isBlank() && !ConfigFileReader.isZone(timezone.strip())) {
            throw new MojoFailureException("blog.timezone is \"" + timezone + "\", which is not a time zone."
                    + System.lineSeparator() + "    hint: use a zone name such as Asia/Seoul, Europe/Berlin or UTC");
        }
        String unknown = unknownLiquid == null ? "error" : unknownLiquid.strip();
        if (!unknown.equals("error") && !unknown.equals("warning")) {
            throw new MojoFailureException("blog.unknownLiquid is \"" + unknownLiquid + "\"."
                    + System.lineSeparator() + "    hint: write error or warning");
        }
        String links = brokenLinks == null ? "error" : brokenLinks.strip();
        if (!links.equals("error") && !links.equals("warning")) {
            throw new MojoFailureException("blog.brokenLinks is \"" + brokenLinks + "\"."
                    + System.lineSeparator() + "    hint: write error or warning");
        }
        if (threads < 0) {
            throw new MojoFailureException("blog.threads is " + threads + "." + System.lineSeparator()
                    + "    hint: write a number of threads, or 0 for one per processor");
        }
        return SiteConfig.builder(baseDirectory())
                .threads(threads == 0 ? Runtime.getRuntime().availableProcessors() : threads)
                .sourceDirectory(sourceDirectory.toPath())
                .outputDirectory(outputDirectory.toPath())
                .site("title", title)
                .site("url", url)
                .site("baseurl", baseUrl)
                .site("timezone", timezone)
                .site("permalink", permalink)
                .drafts(drafts)
                .future(future)
                .unpublished(unpublished)
                .profile(profile)
                .strictKeys(strictKeys)
                .unknownLiquidWarns(unknown.equals("warning"))
                .brokenLinksWarn(links.equals("warning"))
                .rules(new RuleSettings.Layer("<rules> of the POM", pomLocation(), rules == null ? Map.of() : rules))
                .rules(new RuleSettings.Layer("-Dblog.rules", pomLocation(),
                        RuleLevels.parseList(ruleList)))
                .frontMatterSchema(frontMatterSchema == null ? null : frontMatterSchema.toPath())
                .themeDirectory(themeDirectory == null ? null : themeDirectory.toPath())
                .theme(theme)
                .build();
    }

    /** Where the POM's settings are, for a problem with them. */
    private SourceLocation pomLocation() {
        return SourceLocation.of(project != null && project.getFile() != null ? project.getFile().toPath()
                : baseDirectory().resolve("pom.xml"));
    }

    /**
     * Logs what {@code builder} is doing every {@link #progressInterval} milliseconds, the first after one
     * interval (a short build shows none), until closed.
     */
    protected ProgressLine progressLine(io.github.blogpublish.build.SiteBuilder builder) {
        return new ProgressLine(builder, progressInterval, getLog());
    }

    /**
     * The incremental build's cache: the one this build's {@code validate} loaded (so {@code render} sees what it
     * used), else the one on disk; null when {@code blog.incremental} is off.
     */
    protected io.github.blogpublish.cache.BuildCache sharedCache() {
        if (!incremental || cacheDirectory == null) {
            return null;
        }
        String key = "io.github.blogpublish.cache:" + cacheDirectory;
        awaitCacheSave(); // a save under way of this cache: the object and its file are done with first
        if (project != null && project.getContextValue(key) instanceof io.github.blogpublish.cache.BuildCache shared) {
            return shared;
        }
        io.github.blogpublish.cache.BuildCache cache = io.github.blogpublish.cache.BuildCache.load(cacheFile(),
                String.valueOf(pluginVersion));
        if (project != null) {
            project.setContextValue(key, cache);
        }
        return cache;
    }

    /** A builder of this project's site that reuses what {@code cache} kept; null for a build without the cache. */
    protected io.github.blogpublish.build.SiteBuilder siteBuilder(io.github.blogpublish.cache.BuildCache cache)
            throws MojoFailureException {
        return siteBuilder(siteConfig(), cache == null ? io.github.blogpublish.cache.SiteCache.NONE : cache);
    }

    /** A builder of the site {@code config} describes, which takes what only some blogs need from Maven. */
    protected io.github.blogpublish.build.SiteBuilder siteBuilder(SiteConfig config,
                                                                  io.github.blogpublish.cache.SiteCache cache) {
        return new io.github.blogpublish.build.SiteBuilder(config, cache).sass(sassInstall())
                .themes(new ThemeArtifacts(artifacts(), declaredDependencies(), buildDirectory().resolve("blog-themes")));
    }

    /**
     * Where Dart Sass comes from: {@code blog.sassExecutable}, else the bundle Maven resolves the first time a
     * build compiles Sass, unpacked into {@code target/blog-sass}.
     */
    private SassSession.Install sassInstall() {
        if (sassExecutable != null) {
            Path executable = sassExecutable.toPath();
            return () -> {
                if (!Files.isExecutable(executable)) {
                    throw new java.io.IOException("blog.sassExecutable " + executable + " is not an executable file");
                }
                return executable;
            };
        }
        MavenArtifacts artifacts = artifacts();
        Path into = buildDirectory().resolve("blog-sass");
        return () -> {
            String bundle = DartSassInstall.BUNDLE_GROUP + ":" + DartSassInstall.BUNDLE_ARTIFACT + ":"
                    + DartSassInstall.bundleVersion();
            Path jar = artifacts.resolve(bundle, "Dart Sass " + DartSassInstall.dartSassVersion()
                    + " for the site's Sass, about 50 MB, once");
            return DartSassInstall.unpack(DartSassInstall.bundleIn(jar), into);
        };
    }

    /** The artifacts of the plugin's {@code <dependencies>} in the POM, where a theme named by artifactId is found. */
    private List<org.apache.maven.artifact.Artifact> declaredDependencies() {
        if (plugin == null || plugin.getArtifacts() == null || plugin.getPlugin() == null) {
            return List.of();
        }
        java.util.Set<String> declared = new java.util.HashSet<>();
        plugin.getPlugin().getDependencies().forEach(d -> declared.add(d.getGroupId() + ":" + d.getArtifactId()));
        return plugin.getArtifacts().stream()
                .filter(artifact -> declared.contains(artifact.getGroupId() + ":" + artifact.getArtifactId())).toList();
    }

    /** Maven's resolver for this project, reading the repositories its plugins come from. */
    protected MavenArtifacts artifacts() {
        return new MavenArtifacts(repositorySystem, session == null ? null : session.getRepositorySession(),
                project == null || project.getRemotePluginRepositories() == null ? List.of()
                        : project.getRemotePluginRepositories(), getLog());
    }

    /** {@code target}: the project's build folder. */
    protected Path buildDirectory() {
        return project != null && project.getBuild() != null && project.getBuild().getDirectory() != null
                ? Path.of(project.getBuild().getDirectory())
                : outputDirectory.toPath().toAbsolutePath().getParent();
    }

    /**
     * Keeps what this build used for the next one; a cache that cannot be written only costs speed. With the
     * plugin loaded as an extension the save runs beside the goals that follow (see {@link CacheSaves}).
     */
    protected void saveCache(io.github.blogpublish.cache.BuildCache cache) {
        if (cache == null) {
            return;
        }
        Path file = cacheFile();
        String version = String.valueOf(pluginVersion);
        java.util.Map<String, java.util.concurrent.CompletableFuture<Void>> saves = CacheSaves.table(project);
        if (saves == null) {
            try {
                cache.save(file, version);
            } catch (java.io.IOException e) {
                getLog().warn(CacheSaves.warning(e.getMessage()));
            }
            return;
        }
        saves.put(file.toString(), java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                cache.save(file, version);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e.getMessage(), e);
            }
        }, task -> {
            Thread thread = new Thread(task, "blog-cache-save");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** Waits for a save of this goal's cache still under way, and warns if it failed. */
    protected void awaitCacheSave() {
        if (incremental && cacheDirectory != null) {
            String failure = CacheSaves.await(project, cacheFile().toString());
            if (failure != null) {
                getLog().warn(failure);
            }
        }
    }

    private Path cacheFile() {
        return cacheDirectory.toPath().resolve("cache.bin");
    }

    /** The project folder, which problem paths are shown relative to. */
    protected Path baseDirectory() {
        return project != null && project.getBasedir() != null
                ? project.getBasedir().toPath().toAbsolutePath()
                : Path.of("").toAbsolutePath();
    }

    /** A path as the user should read it: relative to the project folder when inside it. */
    protected String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = baseDirectory().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /** The user's mistakes, as Maven shows a failed goal: every problem, one per line, no stack trace. */
    protected MojoFailureException failure(SiteBuildException e) {
        return new MojoFailureException(e.report(baseDirectory()), e);
    }

    /** An I/O failure: not the user's content, but not a bug in it either. */
    protected MojoExecutionException ioFailure(String doing, java.io.IOException e) {
        return new MojoExecutionException(doing + " failed: " + e, e);
    }

    /** Logs each warning with its hint; fails when {@code failOnWarnings} is set and there are any. */
    protected void reportWarnings(List<Problem> warnings) throws MojoFailureException {
        for (Problem warning : warnings) {
            for (String line : warning.format(baseDirectory()).split("\\R")) {
                getLog().warn(line);
            }
        }
        if (!warnings.isEmpty()) {
            getLog().warn(warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s") + " by rule: "
                    + SiteBuildException.byRule(warnings));
            List<String> lowered = warnings.stream().map(Problem::rule).distinct()
                    .filter(rule -> rule.level() == io.github.blogpublish.problem.Rule.Level.ERROR)
                    .map(rule -> rule.id() + "=error").sorted().toList();
            if ("jekyll".equalsIgnoreCase(String.valueOf(profile).strip()) && !lowered.isEmpty()) {
                getLog().info("blog.profile=jekyll let through what the strict profile fails on; when it is fixed, "
                        + "turn the rules back on one by one (-Dblog.rules=" + String.join(",", lowered)
                        + "), then drop blog.profile");
            }
        }
        if (failOnWarnings && !warnings.isEmpty()) {
            throw new MojoFailureException(warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s")
                    + " (listed above) and blog.failOnWarnings is true");
        }
    }

    /** One line naming every post that was left out and why. */
    protected void reportSkipped(List<String> skippedPosts) {
        if (!skippedPosts.isEmpty()) {
            getLog().info("Skipped " + skippedPosts.size() + " post" + (skippedPosts.size() == 1 ? "" : "s") + ": "
                    + String.join(", ", skippedPosts)
                    + " (use -Dblog.drafts, -Dblog.future or -Dblog.unpublished to include them)");
        }
    }

    /** Fails, saying what to run, when no site has been rendered yet; for goals that work on the written site. */
    protected void requireRenderedSite(String goal) throws MojoFailureException {
        if (!outputDirectory.isDirectory()) {
            throw new MojoFailureException("No rendered site in " + display(outputDirectory.toPath())
                    + System.lineSeparator() + "    hint: run mvn site-publish, or blog:render before blog:" + goal);
        }
    }

    /** The packaged archive, for goals that run after {@code package}. */
    protected Optional<Path> archiveIfPresent() {
        return archive != null && archive.isFile() ? Optional.of(archive.toPath()) : Optional.empty();
    }

    /**
     * Hands a validated site from {@code validate} to {@code render} in the same build, so the sources are
     * read and checked once and their warnings printed once.
     */
    protected void rememberValidated(ValidatedSite site) {
        if (project != null) {
            project.setContextValue(validatedKey(), site);
        }
    }

    /** The site {@code validate} checked in this build with the same settings, if any; taken only once. */
    protected Optional<ValidatedSite> takeValidated() {
        if (project == null) {
            return Optional.empty();
        }
        Object value = project.getContextValue(validatedKey());
        project.setContextValue(validatedKey(), null);
        return value instanceof ValidatedSite site ? Optional.of(site) : Optional.empty();
    }

    private String validatedKey() {
        return "io.github.blogpublish.validated:" + sourceDirectory + "|" + outputDirectory + "|" + drafts + future
                + unpublished + strictKeys + "|" + unknownLiquid + "|" + brokenLinks + "|" + profile + "|" + rules + "|"
                + ruleList + "|" + themeDirectory + "|" + theme + "|" + frontMatterSchema + "|" + title + "|" + url + "|" + baseUrl + "|" + timezone + "|"
                + permalink;
    }

    /** {@code 0.42 s [scan 3 ms, layouts 120 ms, ...]}: total wall time and each stage, in pipeline order. */
    static String timing(java.util.Map<String, Long> stageMillis) {
        long total = stageMillis.values().stream().mapToLong(Long::longValue).sum();
        return seconds(total) + " " + io.github.blogpublish.build.BuildResult.stages(stageMillis);
    }

    static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.2f s", millis / 1000.0);
    }
}
