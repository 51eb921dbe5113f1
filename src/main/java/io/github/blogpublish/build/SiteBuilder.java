package io.github.blogpublish.build;

import io.github.blogpublish.cache.SiteCache;
import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.files.StagedDirectory;
import io.github.blogpublish.frontmatter.ConfigFileReader;
import io.github.blogpublish.frontmatter.FrontMatterSchemas;
import io.github.blogpublish.markdown.MarkdownRenderer;
import io.github.blogpublish.output.OutputFile;
import io.github.blogpublish.output.SiteContent;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SiteBuildException;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.sass.DartSassInstall;
import io.github.blogpublish.sass.SassSession;
import io.github.blogpublish.source.SourceFile;
import io.github.blogpublish.source.SourceScanner;
import io.github.blogpublish.source.SourceTree;
import io.github.blogpublish.template.LayoutEngine;
import io.github.blogpublish.template.LinkTable;
import io.github.blogpublish.template.SiteModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Builds one site, as Jekyll's {@code Site#process} does, stage by stage: read the settings, scan, read the
 * theme and the front matter, validate, then render Markdown, generate the outputs through the layouts, check
 * the links and write. {@link #validate()} runs the checking stages and {@link #render(ValidatedSite)} the
 * producing ones; {@link #build()} is both. Every stage collects problems for all files before the build fails,
 * so the user sees every mistake at once; nothing is written until every stage succeeded. The thread pool
 * ({@link BuildPool}) and the timings and progress ({@link StageClock}) wrap the stages from outside.
 */
public final class SiteBuilder {

    private final SiteConfig settings;
    private final SiteCache cache;
    private final StageClock clock = new StageClock();
    private final BuildPool pool;
    private List<Path> checkedFiles = List.of();
    /** The front matter stage of the last {@link #validate()}: the preview reads edited posts again with it. */
    private FrontMatterStage frontMatter;
    private SassSession.Install sassInstall = this::sassOnClassPath;
    private ThemeResolver themeResolver = ThemeResolver.NONE;

    /** Turns the theme a site names ({@code theme:} of {@code _config.yml}, {@code <theme>}) into its folder. */
    @FunctionalInterface
    public interface ThemeResolver {
        /** Without Maven a theme is a folder only: {@code blog.themeDirectory}. */
        ThemeResolver NONE = theme -> {
            throw new IOException("a theme by name or coordinates is resolved by Maven; outside a Maven build, "
                    + "set themeDirectory to the theme's folder");
        };

        /**
         * The theme's folder ({@code _layouts}, {@code _includes}, {@code _sass}, {@code assets}).
         *
         * @param theme a name ({@code minima}) or Maven coordinates ({@code groupId:artifactId:version})
         * @throws IOException saying why there is no such theme
         */
        Path folder(String theme) throws IOException;
    }

    public SiteBuilder(SiteConfig settings) {
        this(settings, SiteCache.NONE);
    }

    /**
     * A builder that reuses what earlier builds with the same cache checked and rendered ({@code blog:serve}).
     *
     * @param cache shared by the builds of one session; {@link SiteCache#NONE} for none
     */
    public SiteBuilder(SiteConfig settings, SiteCache cache) {
        this.settings = settings;
        this.cache = java.util.Objects.requireNonNull(cache, "cache");
        this.pool = new BuildPool(settings.threads());
    }

    /**
     * Where Dart Sass comes from when the site has Sass; by default the bundle on the class path (the tests'),
     * which the plugin's goals replace by the one Maven resolves.
     */
    public SiteBuilder sass(SassSession.Install install) {
        this.sassInstall = java.util.Objects.requireNonNull(install, "install");
        return this;
    }

    /** Where the themes a site names come from; by default none (a theme folder only). */
    public SiteBuilder themes(ThemeResolver resolver) {
        this.themeResolver = java.util.Objects.requireNonNull(resolver, "resolver");
        return this;
    }

    private Path sassOnClassPath() throws IOException {
        java.net.URL bundle = DartSassInstall.bundleOnClassPath().orElseThrow(() -> new IOException(
                DartSassInstall.BUNDLE_GROUP + ":" + DartSassInstall.BUNDLE_ARTIFACT + ":"
                        + DartSassInstall.bundleVersion() + " is not on the class path"));
        return DartSassInstall.unpack(bundle, settings.outputDirectory().resolveSibling("blog-sass"));
    }

    /** Validates, renders and writes the site. */
    public BuildResult build() throws SiteBuildException, IOException {
        return pool.run(() -> render(validate()));
    }

    /** Configuration, scan, layouts, data, front matter: fails with every problem of every file. */
    public ValidatedSite validate() throws SiteBuildException, IOException {
        return pool.run(this::validateHere);
    }

    private ValidatedSite validateHere() throws SiteBuildException, IOException {
        clock.begin("reading the sources", 0);
        CompletableFuture.runAsync(LayoutEngine::warmUp, BuildPool::startThread);
        Problems settingsProblems = new Problems();
        long start = System.nanoTime();
        SiteConfig config = readSettings(settingsProblems);
        // From here on each rule is reported at the level the settings give it.
        Problems problems = new Problems(config.rules());
        problems.addAll(settingsProblems.sorted());
        config.checkRules(problems);
        Themes.Chain themes = Themes.underSite(new SourceScanner(config).scan(problems), config, themeResolver,
                settings.outputDirectory().resolveSibling("blog-themes"), problems);
        config = config.withThemes(themes.folders());
        SourceTree tree = themes.tree();
        start = clock.lap("scan", start);

        Set<String> layoutNames = ThemeReader.layoutNames(tree);
        CompletableFuture<LayoutEngine> layouts = ThemeReader.start(tree, config, problems);
        List<FrontMatterSchemas.SchemaSource> schemas = SchemaReader.read(tree, config, layoutNames, problems);
        frontMatter = new FrontMatterStage(config, layoutNames, schemas, cache, problems);
        List<SourceFile> sources = new ArrayList<>(tree.posts());
        if (config.drafts()) {
            sources.addAll(tree.drafts());
        }
        checkedFiles = sources.stream().map(SourceFile::path).toList();
        clock.begin("checking front matter", sources.size());
        FrontMatterStage.Posts posts = frontMatter.posts(sources, clock::tick);
        Map<String, Object> data = SiteData.read(tree, problems);
        FrontMatterStage.Documents documents = frontMatter.documents(tree);
        start = clock.lap("front matter", start);

        LayoutEngine engine = BuildPool.join(layouts);
        LinkTable links = SourceLinks.of(posts.posts(), documents.pages(), documents.statics(), documents.styles());
        LiquidCheck.check(engine, posts.posts(), documents.pages(), links, config, problems);
        clock.lap("layouts", start);
        problems.throwIfErrors("Blog validation");

        Publication publication = Publication.of(posts.posts(), tree, config);
        return new ValidatedSite(config, tree, engine, links, publication.published(), documents.pages(),
                documents.statics(), documents.styles(), data, publication.skipped(), sources.size(), problems.sorted(), posts.bodies());
    }

    /**
     * The settings: the POM's, then {@code _config.yml}'s, which comes first because its {@code exclude} decides
     * what the scan sees. An output folder that must not be replaced stops the build here.
     */
    private SiteConfig readSettings(Problems problems) throws SiteBuildException, IOException {
        Optional<String> unsafe = StagedDirectory.whyNotReplace(settings.outputDirectory(), settings.baseDirectory(),
                settings.sourceDirectory());
        if (unsafe.isPresent()) {
            throw SiteBuildException.of("Checking the output folder", Problem.error(Rule.OUTPUT_FOLDER, SourceLocation.of(settings.outputDirectory()),
                    "refusing to write the site to this folder: " + unsafe.get(),
                    "set blog.outputDirectory to a folder of its own, such as ${project.build.directory}/blog"));
        }
        Path configFile = settings.sourceDirectory().resolve("_config.yml");
        // A _config.yml that links out of the folder is not read (the scan warns about it).
        return Files.isRegularFile(configFile) && SourceScanner.staysInside(configFile, settings)
                ? SourceFiles.read(configFile, problems)
                        .map(text -> ConfigFileReader.apply(configFile, text, settings, problems)).orElse(settings)
                : settings;
    }

    /** Markdown, layouts, outputs, write: the site replaces the output folder only if all of it worked. */
    public BuildResult render(ValidatedSite site) throws SiteBuildException, IOException {
        return pool.run(() -> renderHere(site));
    }

    private BuildResult renderHere(ValidatedSite site) throws SiteBuildException, IOException {
        Rendered rendered = renderOutputs(site, false).rendered();
        long start = System.nanoTime();
        clock.begin("writing", rendered.files().size());
        boolean undidStoppedUpdate = new SiteWriter(cache, clock::tick)
                .write(rendered.files(), site.config().outputDirectory());
        cache.sweep();
        clock.lap("write", start);
        BuildResult r = rendered.result();
        List<Problem> warnings = r.warnings();
        if (undidStoppedUpdate) {
            warnings = new ArrayList<>(warnings);
            warnings.add(Problem.warning(Rule.INTERRUPTED_UPDATE, SourceLocation.of(site.config().outputDirectory()),
                    "the last build stopped while it updated the site here; the files it had changed were put back first",
                    "nothing to do: this build brings the site up to date"));
            warnings = List.copyOf(warnings);
        }
        return new BuildResult(r.posts(), r.files(), r.outputDirectory(), r.skipped(), warnings,
                Collections.unmodifiableMap(clock.millis()), r.config());
    }

    /**
     * The files of a site and what its build did, without writing anything: {@link #render} writes them, and
     * {@code blog:serve} serves them from memory.
     *
     * @param files  every output
     * @param result the build's summary
     */
    public record Rendered(List<OutputFile> files, BuildResult result) {
    }

    /** Validates and renders into memory, reusing this builder's cache. */
    public Rendered buildOutputs() throws SiteBuildException, IOException {
        return buildPreview().rendered();
    }

    /**
     * A site built into memory for {@code blog:serve}, and what rebuilds an edit of post bodies from it.
     *
     * @param rendered the site
     * @param quick    rebuilds the next edit of post bodies from this site
     */
    public record Preview(Rendered rendered, QuickRebuild quick) {
    }

    /** Validates and renders into memory, reusing this builder's cache, and keeps what an edit can start from. */
    public Preview buildPreview() throws SiteBuildException, IOException {
        Made made = pool.run(() -> renderOutputs(validate(), true));
        cache.sweep();
        return new Preview(made.rendered(), new QuickRebuild(settings.threads(), frontMatter, made.bodies(), made.sass(), cache,
                made.site(), made.content(), made.rendered().files(), made.rendered().result().warnings()));
    }

    /** A site rendered, with what it was made from. */
    private record Made(Rendered rendered, ValidatedSite site, MarkdownStage.Bodies bodies, SiteContent content,
                        SassSession sass) {
    }

    /** @param inMemory whether the files are served from memory (every file with its bytes), not written */
    private Made renderOutputs(ValidatedSite site, boolean inMemory) throws SiteBuildException {
        Problems problems = new Problems(site.config().rules());
        long start = System.nanoTime();
        MarkdownRenderer markdown = new MarkdownRenderer();
        SourceReader sources = new SourceReader(site.config().sourceDirectory());
        cache.siteDirectory(site.config().outputDirectory(), inMemory);
        MarkdownStage.Bodies bodies;
        GenerateStage.Generated generated;
        // Dart Sass starts only if a Sass file or an scssify asks for it (and again if an edit's page does).
        SassSession sass = new SassSession(sassInstall);
        try (sass) {
            SiteModel.Sass sassFilter = (text, indented) -> sass.compileText(text, indented, StyleStage.options(site,
                    new Problems()));
            clock.begin("rendering Markdown", site.posts().size());
            bodies = MarkdownStage.render(site, markdown, sources, sassFilter, cache, clock::tick, problems);
            start = clock.lap("markdown", start);
            clock.begin("rendering pages, lists and feeds", 0);
            generated = GenerateStage.render(site, bodies, markdown, sources, sass, sassFilter, cache, problems);
        }
        List<OutputFile> files = generated.files();
        start = clock.lap("layouts and outputs", start);
        clock.begin("checking links", 0);
        LinkCheck.checkSite(files, site.config(), cache, problems);
        clock.lap("link check", start);
        problems.throwIfErrors("Rendering");

        List<Problem> warnings = new ArrayList<>(site.warnings());
        warnings.addAll(problems.sorted());
        Rendered rendered = new Rendered(List.copyOf(files), new BuildResult(site.posts().size(), files.size(),
                site.config().outputDirectory(), site.skipped(), List.copyOf(warnings),
                Collections.unmodifiableMap(clock.millis()), site.config()));
        return new Made(rendered, site, bodies, generated.content(), sass);
    }

    /** The post files the last {@link #validate()} checked, whether or not it succeeded. */
    public List<Path> checkedFiles() {
        return checkedFiles;
    }

    /** Stage timings so far, in pipeline order. */
    public Map<String, Long> stageMillis() {
        return clock.millis();
    }

    /**
     * What the build is doing now, for a progress line on long builds.
     *
     * @param stage what it does, in words
     * @param done  items of the stage done so far
     * @param items items in the stage; 0 when it is not counted
     */
    public record Progress(String stage, int done, int items) {
    }

    /** What the build is doing now; safe to ask from another thread. */
    public Progress progress() {
        return clock.progress();
    }
}
