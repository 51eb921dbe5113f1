package io.github.blogpublish.build;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.files.FileStamp;
import io.github.blogpublish.files.StagedDirectory;
import io.github.blogpublish.frontmatter.ConfigFileReader;
import io.github.blogpublish.frontmatter.DataFileReader;
import io.github.blogpublish.frontmatter.FrontMatterSplitter;
import io.github.blogpublish.frontmatter.FrontMatterSchemas;
import io.github.blogpublish.frontmatter.LayoutReader;
import io.github.blogpublish.frontmatter.PostReader;
import io.github.blogpublish.frontmatter.TextDecoder;
import io.github.blogpublish.markdown.MarkdownRenderer;
import io.github.blogpublish.model.Layout;
import io.github.blogpublish.model.Page;
import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.model.StaticFile;
import io.github.blogpublish.output.OutputFile;
import io.github.blogpublish.output.OutputFormat;
import io.github.blogpublish.output.SiteContent;
import io.github.blogpublish.output.SiteOutputs;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.SiteBuildException;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.source.PostFileName;
import io.github.blogpublish.source.SourceFile;
import io.github.blogpublish.source.SourceScanner;
import io.github.blogpublish.source.SourceTree;
import io.github.blogpublish.template.Hashes;
import io.github.blogpublish.template.LayoutEngine;
import io.github.blogpublish.template.LinkTable;
import io.github.blogpublish.template.LiquidData;
import io.github.blogpublish.template.SiteModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.CompletionException;

/**
 * Builds one site. {@link #validate()} runs the checking stages and {@link #render(ValidatedSite)} the
 * producing ones; {@link #build()} is both. Every stage collects problems for all files before the build
 * fails, so the user sees every mistake at once; nothing is written until every stage succeeded.
 */
public final class SiteBuilder {

    /** Files larger than this are refused unread: no post is that long, and memory stays bounded. */
    private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;


    private final SiteConfig settings;
    private final BuildCache cache;
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();
    private List<Path> checkedFiles = List.of();
    private volatile String stage = "reading the sources";
    private volatile int stageItems;
    private final java.util.concurrent.atomic.AtomicInteger stageDone = new java.util.concurrent.atomic.AtomicInteger();
    /** The pool of the stage running now, if any. */
    private volatile ForkJoinPool pool;

    public SiteBuilder(SiteConfig settings) {
        this(settings, null);
    }

    /**
     * A builder that reuses what earlier builds with the same cache checked and rendered ({@code blog:serve}).
     *
     * @param cache shared by the builds of one session; null for none
     */
    public SiteBuilder(SiteConfig settings, BuildCache cache) {
        this.settings = settings;
        this.cache = cache;
    }

    /** Validates, renders and writes the site. */
    public BuildResult build() throws SiteBuildException, IOException {
        return inPool(() -> render(validate()));
    }

    /** Configuration, scan, layouts, data, front matter: fails with every problem of every file. */
    public ValidatedSite validate() throws SiteBuildException, IOException {
        return inPool(this::validateHere);
    }

    private ValidatedSite validateHere() throws SiteBuildException, IOException {
        begin("reading the sources", 0);
        CompletableFuture.runAsync(LayoutEngine::warmUp, SiteBuilder::startThread);
        Problems problems = new Problems();
        long start = System.nanoTime();
        Optional<String> unsafe = StagedDirectory.whyNotReplace(settings.outputDirectory(), settings.baseDirectory(),
                settings.sourceDirectory());
        if (unsafe.isPresent()) {
            throw SiteBuildException.of("Checking the output folder", Problem.error(SourceLocation.of(settings.outputDirectory()),
                    "refusing to write the site to this folder: " + unsafe.get(),
                    "set blog.outputDirectory to a folder of its own, such as ${project.build.directory}/blog"));
        }
        // _config.yml comes first: its exclude decides what the scan sees.
        Path configFile = settings.sourceDirectory().resolve("_config.yml");
        // A _config.yml that links out of the folder is not read (the scan warns about it).
        SiteConfig config = Files.isRegularFile(configFile) && SourceScanner.staysInside(configFile, settings)
                ? read(configFile, problems).map(text -> ConfigFileReader.apply(configFile, text, settings, problems))
                        .orElse(settings)
                : settings;
        SourceTree tree = new SourceScanner(config).scan(problems);
        start = lap("scan", start);

        // Layouts are parsed (Liquid start-up is slow) while the posts are checked: posts need only their names.
        // Posts and pages may name HTML layouts; feed.xml, sitemap.xml and the like are templates of outputs.
        Set<String> layoutNames = new TreeSet<>(BuiltinTheme.PAGE_LAYOUTS);
        tree.layouts().stream().filter(file -> file.fileName().endsWith(".html"))
                .forEach(file -> layoutNames.add(PostFileName.stem(file.fileName())));
        CompletableFuture<LayoutEngine> layouts = CompletableFuture.supplyAsync(
                () -> new LayoutEngine(readLayouts(tree, problems), readIncludes(tree, problems),
                        config.unknownLiquidWarns(), problems), SiteBuilder::startThread);

        List<FrontMatterSchemas.SchemaSource> schemaSources = readSchemas(tree, config, layoutNames, problems);
        // Without schema files of the site nothing can fail here, and a re-run that reads no post never needs the
        // checker (whose JSON schema start-up is slow): made when first needed. A site's schemas are made at once,
        // so that their own mistakes are reported on every build.
        java.util.function.Supplier<PostReader> makeReader =
                () -> new PostReader(config, layoutNames, new FrontMatterSchemas(schemaSources, problems));
        java.util.function.Supplier<PostReader> reader = once(makeReader);
        if (!schemaSources.isEmpty()) {
            reader.get();
        }
        List<SourceFile> sources = new ArrayList<>(tree.posts());
        if (config.drafts()) {
            sources.addAll(tree.drafts());
        }
        checkedFiles = sources.stream().map(SourceFile::path).toList();
        String fingerprint = fingerprint(config, layoutNames, schemaSources);
        begin("checking front matter", sources.size());
        Map<String, ValidatedSite.BodyDigest> bodies = new java.util.concurrent.ConcurrentHashMap<>();
        // Post keys hold the file's path and the fingerprint: under the same ones, the keys recorded last time stand.
        String keyBasis = config.sourceDirectory() + "\u0000" + fingerprint;
        boolean keysStand = cache != null && keyBasis.equals(cache.keyBasis());
        if (cache != null) {
            cache.nextKeyBasis(keyBasis);
        }
        List<Post> posts = sources.parallelStream()
                .map(source -> {
                    Optional<Post> post = readPost(reader, source, fingerprint, keysStand, bodies, problems);
                    stageDone.incrementAndGet();
                    return post;
                })
                .flatMap(Optional::stream)
                .toList();
        Map<String, Object> data = readData(tree, problems);
        List<Page> pages = new ArrayList<>();
        List<StaticFile> statics = new ArrayList<>();
        tree.statics().forEach(file -> statics.add(new StaticFile(file.path(), file.relativePath())));
        for (SourceFile document : tree.documents()) {
            Optional<String> text = read(document.path(), problems);
            if (text.isPresent() && FrontMatterSplitter.split(text.get()).isPresent()) {
                reader.get().readPage(PostReader.PostSource.page(document.path(), document.relativePath()), text.get(), problems)
                        .ifPresent(pages::add);
            } else if (text.isPresent()) {
                statics.add(new StaticFile(document.path(), document.relativePath()));
            }
        }
        statics.sort(Comparator.comparing(StaticFile::relativePath));
        start = lap("front matter", start);
        LayoutEngine engine = join(layouts);
        LinkTable links = linkTable(posts, pages, statics);
        SourceReader confined = new SourceReader(config.sourceDirectory());
        posts.parallelStream().filter(SiteBuilder::usesLiquid).forEach(post -> engine.checkBody(post.source(),
                post.relativePath(), post.body(), post.bodyLine(), links, config.brokenLinksWarn(), confined, problems));
        pages.stream().filter(Page::liquid).forEach(page -> engine.checkBody(page.source(), page.relativePath(),
                page.body(), page.bodyLine(), links, config.brokenLinksWarn(), confined, problems));
        lap("layouts", start);
        problems.throwIfErrors("Blog validation");

        List<String> skipped = new ArrayList<>();
        if (!config.drafts()) {
            tree.drafts().forEach(draft -> skipped.add(draft.relativePath() + " (draft)"));
        }
        List<Post> published = new ArrayList<>();
        for (Post post : posts) {
            skipReason(post, config).ifPresentOrElse(
                    reason -> skipped.add(post.relativePath() + " (" + reason + ")"),
                    () -> published.add(post));
        }
        published.sort(Comparator.comparing(Post::date).thenComparing(Post::relativePath).reversed());
        skipped.sort(null);
        List<Problem> warnings = problems.sorted();
        return new ValidatedSite(config, tree, engine, links, published, pages, statics, data, skipped, sources.size(),
                warnings, Map.copyOf(bodies));
    }

    /** Markdown, layouts, outputs, write: the site replaces the output folder only if all of it worked. */
    public BuildResult render(ValidatedSite site) throws SiteBuildException, IOException {
        return inPool(() -> renderHere(site));
    }

    private BuildResult renderHere(ValidatedSite site) throws SiteBuildException, IOException {
        Rendered rendered = renderOutputs(site, false);
        long start = System.nanoTime();
        begin("writing", rendered.files().size());
        boolean undidStoppedUpdate = new SiteWriter(cache, stageDone::incrementAndGet)
                .write(rendered.files(), site.config().outputDirectory());
        if (cache != null) {
            cache.sweep();
        }
        lap("write", start);
        BuildResult r = rendered.result();
        List<Problem> warnings = r.warnings();
        if (undidStoppedUpdate) {
            warnings = new ArrayList<>(warnings);
            warnings.add(Problem.warning(SourceLocation.of(site.config().outputDirectory()),
                    "the last build stopped while it updated the site here; the files it had changed were put back first",
                    "nothing to do: this build brings the site up to date"));
            warnings = List.copyOf(warnings);
        }
        return new BuildResult(r.posts(), r.files(), r.outputDirectory(), r.skipped(), warnings,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis)), r.config());
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
        Rendered rendered = inPool(() -> renderOutputs(validate(), true));
        if (cache != null) {
            cache.sweep();
        }
        return rendered;
    }

    /** @param inMemory whether the files are served from memory (every file with its bytes), not written */
    private Rendered renderOutputs(ValidatedSite site, boolean inMemory) throws SiteBuildException {
        Problems problems = new Problems();
        long start = System.nanoTime();
        MarkdownRenderer markdown = new MarkdownRenderer();
        SourceReader sources = new SourceReader(site.config().sourceDirectory());
        // What Liquid in a body sees, made when the first body with Liquid asks: 10,000 maps and the tag lists.
        java.util.function.Supplier<List<Map<String, Object>>> postData =
                once(() -> site.posts().stream().map(LiquidData::post).toList());
        java.util.function.Supplier<SiteModel> model = once(() -> new SiteModel(
                LiquidData.site(site.config(), postData.get(), site.data()), site.links(), markdown::toHtml, sources));
        LayoutEngine engine = site.layouts();
        if (cache != null) {
            cache.siteDirectory(site.config().outputDirectory(), inMemory);
        }
        String excerptSeparator = site.config().custom().get("excerpt_separator") instanceof String s ? s : "";
        // Liquid in the body first, then Markdown, as in Jekyll.
        List<RenderedPost> rendered = new ArrayList<>(java.util.Collections.nCopies(site.posts().size(), null));
        begin("rendering Markdown", site.posts().size());
        java.util.stream.IntStream.range(0, site.posts().size()).parallel().forEach(i -> {
            stageDone.incrementAndGet();
            Post post = site.posts().get(i);
            ValidatedSite.BodyDigest digest = site.bodies().get(post.relativePath());
            if (cache != null && digest != null && digest.unread()) {
                // Not read this build: a body without Liquid, rendered again only if its Markdown is not kept.
                rendered.set(i, cache.markdown(post, digest.digest(), excerptSeparator,
                        () -> markdown.render(post, unreadBody(post, problems), excerptSeparator)));
                return;
            }
            String body = usesLiquid(post)
                    ? engine.renderBody(post.source(), post.body(), post.bodyLine(), postData.get().get(i), model.get(),
                            problems).orElse("")
                    : post.body();
            rendered.set(i, cache == null ? markdown.render(post, body, excerptSeparator)
                    : cache.markdown(post, digest != null && body == post.body() ? digest.digest() : Hashes.sha256(body),
                            excerptSeparator, () -> markdown.render(post, body, excerptSeparator)));
        });
        List<String> pageContent = site.pages().stream().map(page -> {
            String body = page.liquid()
                    ? engine.renderBody(page.source(), page.body(), page.bodyLine(), LiquidData.page(page, ""), model.get(),
                            problems).orElse("")
                    : page.body();
            return page.markdown() ? markdown.toHtml(body) : body;
        }).toList();
        start = lap("markdown", start);

        // The layouts see each post with its excerpt, which exists only now.
        List<Map<String, Object>> finalData = LiquidData.posts(rendered);
        SiteModel finalModel = new SiteModel(LiquidData.site(site.config(), finalData, LiquidData.pages(site.pages()),
                site.data()), site.links(), markdown::toHtml, sources);
        Set<String> ownPaths = new java.util.HashSet<>();
        site.pages().forEach(page -> ownPaths.add(Permalink.outputPath(page.url())));
        site.statics().forEach(file -> ownPaths.add(file.relativePath()));
        SiteContent content = SiteContent.of(site.config(), rendered, finalData, site.pages(), pageContent,
                site.statics(), finalModel, engine, Set.copyOf(ownPaths), cache == null ? null : cache.pageStore(),
                cache == null ? null : cache.fragments(), cache == null ? null : itemKeys(site));
        begin("rendering pages, lists and feeds", 0);
        // The outputs are independent: made side by side, then listed in their fixed order.
        List<OutputFile> outputs = new ArrayList<>();
        SiteOutputs.all().parallelStream().map(output -> output.render(content, problems)).toList()
                .forEach(outputs::addAll);
        OutputPaths.check(outputs, site.config().sourceDirectory(), problems);
        // The link check and the write step know a page by its checksum, made once here.
        List<OutputFile> files = cache == null ? outputs : outputs.parallelStream().map(OutputFile::withChecksum).toList();
        start = lap("layouts and outputs", start);
        begin("checking links", 0);
        LinkCheck.Verdicts verdicts = LinkCheck.check(files, site.config().baseurl(), site.config().brokenLinksWarn(),
                problems, cache == null ? null : cache.linkScans(), cache == null ? LinkCheck.Verdicts.NONE : cache.linkVerdicts());
        if (cache != null) {
            cache.linkVerdicts(verdicts);
        }
        lap("link check", start);
        problems.throwIfErrors("Rendering");
        List<Problem> warnings = new ArrayList<>(site.warnings());
        warnings.addAll(problems.sorted());
        return new Rendered(List.copyOf(files), new BuildResult(site.posts().size(), files.size(),
                site.config().outputDirectory(), site.skipped(), List.copyOf(warnings),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis)), site.config()));
    }

    /**
     * A key of each post's item of {@code site.posts} without its content and excerpt, by position; null for a post
     * not cached. The item is made from the post but its body and from its two neighbours, and each of those is
     * made from its file's text before the body, path, name and the settings: their three keys make the item's.
     */
    private static List<String> itemKeys(ValidatedSite site) {
        List<Post> posts = site.posts();
        java.util.function.IntFunction<String> key = i -> {
            if (i < 0 || i >= posts.size()) {
                return "";
            }
            ValidatedSite.BodyDigest known = site.bodies().get(posts.get(i).relativePath());
            return known == null ? null : known.headKey();
        };
        return java.util.stream.IntStream.range(0, posts.size()).parallel().mapToObj(i -> {
            String own = key.apply(i);
            String older = key.apply(i + 1);
            String newer = key.apply(i - 1);
            return own == null || older == null || newer == null ? null : Hashes.sha256("item", own, older, newer);
        }).toList();
    }

    /**
     * {@code site.data}: each {@code _data} file under its name without extension, folders as nested maps
     * ({@code _data/team/members.yml} is {@code site.data.team.members}).
     */
    private static Map<String, Object> readData(SourceTree tree, Problems problems) {
        Map<String, Object> data = new TreeMap<>();
        for (SourceFile file : tree.data()) {
            Optional<Object> value = read(file.path(), problems).flatMap(text -> DataFileReader.read(file.path(), text, problems));
            if (value.isEmpty()) {
                continue;
            }
            String[] parts = file.relativePath().substring("_data/".length()).split("/");
            Map<String, Object> folder = data;
            for (int i = 0; i < parts.length - 1; i++) {
                Object next = folder.computeIfAbsent(parts[i], k -> new TreeMap<String, Object>());
                if (!(next instanceof Map<?, ?>)) {
                    break;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> nested = (Map<String, Object>) next;
                folder = nested;
            }
            String name = PostFileName.stem(parts[parts.length - 1]);
            if (folder.putIfAbsent(name, value.get()) != null) {
                problems.error(SourceLocation.of(file.path()), "another _data file is also named '" + name + "'",
                        "keep one of " + name + ".yml, " + name + ".yaml and " + name + ".json");
            }
        }
        return data;
    }

    /** The post files the last {@link #validate()} checked, whether or not it succeeded. */
    public List<Path> checkedFiles() {
        return checkedFiles;
    }

    /** Stage timings so far, in pipeline order. */
    public Map<String, Long> stageMillis() {
        return new LinkedHashMap<>(stageMillis);
    }

    /** The {@code frontMatterSchema} file (every post) and {@code _schemas/<layout>.json} (posts of that layout). */
    private static List<FrontMatterSchemas.SchemaSource> readSchemas(SourceTree tree, SiteConfig config,
                                                                     Set<String> layoutNames, Problems problems) {
        List<FrontMatterSchemas.SchemaSource> sources = new ArrayList<>();
        config.frontMatterSchema().ifPresent(file -> {
            if (!Files.isRegularFile(file)) {
                problems.error(SourceLocation.of(file), "the front matter schema file does not exist",
                        "create it, or correct the frontMatterSchema parameter");
                return;
            }
            read(file, problems).ifPresent(text -> sources.add(new FrontMatterSchemas.SchemaSource(file,
                    config.baseDirectory().relativize(file).toString().replace('\\', '/'), text, Optional.empty())));
        });
        for (SourceFile file : tree.schemas()) {
            String layout = PostFileName.stem(file.fileName());
            if (!layoutNames.contains(layout)) {
                problems.warning(SourceLocation.of(file.path()), "there is no layout '" + layout + "', so this schema applies to no post",
                        "name the file after a layout: " + String.join(", ", layoutNames));
            }
            read(file.path(), problems).ifPresent(text -> sources.add(
                    new FrontMatterSchemas.SchemaSource(file.path(), file.relativePath(), text, Optional.of(layout))));
        }
        return sources;
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
        return new Progress(stage, stageDone.get(), stageItems);
    }

    private void begin(String name, int items) {
        stageItems = items;
        stageDone.set(0);
        stage = name;
    }

    /** Work of the build that may throw what the build throws. */
    private interface Stage<T> {
        T run() throws SiteBuildException, IOException;
    }

    /**
     * Runs a stage in a pool of {@code config.threads()} threads, so its parallel streams use that many; a stage
     * called from another already runs in the pool.
     */
    private <T> T inPool(Stage<T> stage) throws SiteBuildException, IOException {
        if (ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == pool) {
            return stage.run();
        }
        pool = new ForkJoinPool(settings.threads());
        try {
            return pool.submit(() -> {
                try {
                    return stage.run();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (SiteBuildException e) {
                    throw new CompletionException(e);
                }
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("the build was interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            // The pool may wrap what the stage threw once more (a copy made in this thread): find the original.
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof SiteBuildException failed) {
                    throw failed;
                }
                if (t instanceof java.io.UncheckedIOException io) {
                    throw io.getCause();
                }
            }
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
            pool = null;
        }
    }

    /** What {@code make} gives, made once, by the first thread that asks. */
    private static <T> java.util.function.Supplier<T> once(java.util.function.Supplier<T> make) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    private static void startThread(Runnable work) {
        Thread thread = new Thread(work, "blog-layouts");
        thread.setDaemon(true);
        thread.start();
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private static boolean usesLiquid(Post post) {
        return !Boolean.FALSE.equals(post.frontMatter().get("render_with_liquid"));
    }

    /**
     * What {@code post_url} and {@code link} resolve: posts by file name without extension (and with the folder
     * below {@code _posts}), and every post, page and static file by its source path.
     */
    private static LinkTable linkTable(List<Post> posts, List<Page> pages, List<StaticFile> statics) {
        Map<String, String> byName = new LinkedHashMap<>();
        Map<String, String> byPath = new LinkedHashMap<>();
        for (Post post : posts) {
            String path = post.relativePath();
            String inPosts = path.substring(path.indexOf("_posts/") + "_posts/".length());
            String stem = inPosts.endsWith(".md") ? inPosts.substring(0, inPosts.length() - 3)
                    : inPosts.endsWith(".markdown") ? inPosts.substring(0, inPosts.length() - 9) : inPosts;
            byName.putIfAbsent(stem, post.url());
            byName.putIfAbsent(stem.substring(stem.lastIndexOf('/') + 1), post.url());
            byPath.put(path, post.url());
        }
        pages.forEach(page -> byPath.put(page.relativePath(), page.url()));
        statics.forEach(file -> byPath.put(file.relativePath(), file.url()));
        return new LinkTable(byName, byPath);
    }

    /** Every file of {@code _includes}, by its path below that folder. */
    private static List<LayoutEngine.Include> readIncludes(SourceTree tree, Problems problems) {
        List<LayoutEngine.Include> includes = new ArrayList<>();
        for (SourceFile file : tree.includes()) {
            read(file.path(), problems).ifPresent(text -> includes.add(
                    new LayoutEngine.Include(file.relativePath().substring("_includes/".length()), file.path(), text)));
        }
        return includes;
    }

    private Map<String, Layout> readLayouts(SourceTree tree, Problems problems) {
        Map<String, Layout> layouts = new LinkedHashMap<>(BuiltinTheme.layouts(problems));
        for (SourceFile file : tree.layouts()) {
            String name = PostFileName.stem(file.fileName());
            read(file.path(), problems)
                    .flatMap(text -> LayoutReader.read(file.path(), name, text, false, problems))
                    .ifPresent(layout -> layouts.put(name, layout));
        }
        return layouts;
    }

    /** What a post's checks depend on besides its own text: settings, layout names, site schemas. */
    private static String fingerprint(SiteConfig config, Set<String> layoutNames,
                                      List<FrontMatterSchemas.SchemaSource> schemas) {
        StringBuilder text = new StringBuilder();
        text.append(config.timezone()).append('|').append(config.permalink()).append('|').append(config.strictKeys())
                .append('|').append(config.drafts()).append('|').append(config.defaults()).append('|').append(layoutNames);
        schemas.forEach(s -> text.append('|').append(s.name()).append(s.layout()).append(Hashes.sha256(s.text())));
        return Hashes.sha256(text.toString());
    }

    /**
     * @param keysStand whether the post keys the cache recorded were made from the same folder and fingerprint
     */
    private Optional<Post> readPost(java.util.function.Supplier<PostReader> reader, SourceFile source, String fingerprint,
                                    boolean keysStand, Map<String, ValidatedSite.BodyDigest> bodies, Problems problems) {
        boolean draft = source.relativePath().startsWith("_drafts/");
        Optional<LocalDate> fileDate;
        String slug;
        try {
            Optional<PostFileName> name = PostFileName.parse(source.fileName());
            if (name.isEmpty() && !draft) {
                problems.error(SourceLocation.of(source.path()), "a post's file name must start with its date",
                        "rename it to YYYY-MM-DD-" + PostFileName.stem(source.fileName()) + ".md, e.g. "
                                + "2022-10-01-" + PostFileName.stem(source.fileName()) + ".md");
                return Optional.empty();
            }
            fileDate = name.map(PostFileName::date);
            slug = name.map(PostFileName::slug).orElse(PostFileName.stem(source.fileName()));
        } catch (DateTimeException e) {
            problems.error(SourceLocation.of(source.path()), "the date in the file name is impossible: " + e.getMessage(),
                    "rename the file with a real date, YYYY-MM-DD-slug.md");
            return Optional.empty();
        }
        PostReader.PostSource postSource = new PostReader.PostSource(source.path(), source.relativePath(), fileDate,
                slug, source.categories(), draft);
        // A post without a date in its name is dated by the clock: checked anew each time.
        boolean cached = cache != null && fileDate.isPresent();
        // As the scan found the file: its walk read them already. (A link is no regular file: FileStamp.matches
        // never takes it for the file it leads to, so a linked post is read every time.)
        java.nio.file.attribute.BasicFileAttributes found = !cached ? null
                : source.found() != null ? source.found() : FileStamp.attributesOrNull(source.path());
        BuildCache.Source last = found == null || !keysStand ? null : cache.source(source.relativePath());
        if (last != null && !last.bodyHasLiquid() && last.stamp().matches(found)) {
            // The file is as the last build found it: its post is reused without reading it. Its body is read
            // only if its Markdown must be rendered again; a body with Liquid is always read.
            Optional<Post> post = cache.unreadPost(last.postKey(), problems);
            if (post.isPresent()) {
                cache.source(source.relativePath(), last);
                bodies.put(source.relativePath(), new ValidatedSite.BodyDigest(last.bodyDigest(), true, last.headKey()));
                return post;
            }
        }
        Optional<byte[]> bytes = readBytes(source.path(), problems);
        Optional<String> decoded = bytes.flatMap(b -> TextDecoder.decode(source.path(), b, problems));
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String text = decoded.get();
        if (!cached) {
            return reader.get().read(postSource, text, problems);
        }
        // Keyed by checksums of the text before the body and of the body, each summed where it lies in the file.
        TextDigests digests = TextDigests.of(bytes.get(), text);
        String key = postKey(source, fingerprint, Hashes.sha256(digests.head(), digests.body()));
        Optional<Post> post = cache.post(key, problems, own -> reader.get().read(postSource, text, own))
                .map(p -> p.body().isEmpty() ? p.withBody(bodyOf(text)) : p);
        post.ifPresent(p -> {
            boolean split = p.body().equals(digests.bodyText());
            String body = split ? digests.body() : Hashes.checksum(p.body());
            // The text before the body: the post but its body is made from it (and the settings, path and name).
            String head = postKey(source, fingerprint, split ? digests.head()
                    : Hashes.checksum(text.endsWith(p.body()) ? text.substring(0, text.length() - p.body().length()) : text));
            bodies.put(source.relativePath(), new ValidatedSite.BodyDigest(body, false, head));
            if (found != null) {
                cache.source(source.relativePath(), new BuildCache.Source(FileStamp.of(found),
                        key, body, LayoutEngine.hasLiquid(p.body()), head));
            }
        });
        return post;
    }

    /**
     * Checksums ({@link Hashes#checksum}) of a post file's text before its body and of its body, as
     * {@link FrontMatterSplitter} divides them (all of it is body without front matter), and the body. A file in
     * UTF-8 without a byte-order mark or carriage return (nor a first byte 0xEF) is its text's encoding byte for
     * byte, so its bytes are summed where they lie; any other file's text is encoded first. Either way they are
     * the checksums of the texts' UTF-8. The keys made from them are SHA-256.
     */
    private record TextDigests(String head, String body, String bodyText) {

        static TextDigests of(byte[] bytes, String text) {
            String bodyText = FrontMatterSplitter.split(text).map(FrontMatterSplitter.Split::body).orElse(text);
            int headChars = text.length() - bodyText.length();
            // Byte-order marks start with 0xEF (UTF-8), 0xFE or 0xFF (UTF-16). The body is the end of the text.
            int first = bytes.length == 0 ? 0 : bytes[0] & 0xff;
            boolean asIs = first != 0xEF && first != 0xFE && first != 0xFF && !holdsCarriageReturn(bytes);
            if (asIs) {
                int headBytes = utf8Length(text, headChars);
                return new TextDigests(Hashes.checksum(bytes, 0, headBytes),
                        Hashes.checksum(bytes, headBytes, bytes.length - headBytes), bodyText);
            }
            return new TextDigests(Hashes.checksum(text.substring(0, headChars)), Hashes.checksum(bodyText), bodyText);
        }

        /** Whether the decoder may have changed line ends (it makes CRLF LF); a UTF-8 byte 13 is always CR. */
        private static boolean holdsCarriageReturn(byte[] bytes) {
            for (byte b : bytes) {
                if (b == '\r') {
                    return true;
                }
            }
            return false;
        }

        /** The length in UTF-8 of the first {@code chars} characters of a text decoded strictly (surrogates paired). */
        private static int utf8Length(String text, int chars) {
            int length = 0;
            for (int i = 0; i < chars; i++) {
                char c = text.charAt(i);
                length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            }
            return length;
        }
    }

    /** The key of a post, or of the post but its body: of its path, the fingerprint and a digest of its text. */
    private static String postKey(SourceFile source, String fingerprint, String textDigest) {
        return Hashes.sha256(source.path().toString(), source.relativePath(), fingerprint, textDigest);
    }

    private static String bodyOf(String text) {
        return FrontMatterSplitter.split(text).map(FrontMatterSplitter.Split::body).orElse("");
    }

    /** The body of a post whose file was not read this build, read now. */
    private static String unreadBody(Post post, Problems problems) {
        return read(post.source(), problems).map(SiteBuilder::bodyOf).orElse("");
    }

    /** The decoded text of a file, or empty after reporting why it cannot be read. */
    static Optional<String> read(Path file, Problems problems) {
        return readBytes(file, problems).flatMap(bytes -> TextDecoder.decode(file, bytes, problems));
    }

    /** The bytes of a file of at most {@link #MAX_FILE_BYTES}, or empty after reporting why they cannot be read. */
    private static Optional<byte[]> readBytes(Path file, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.error(SourceLocation.of(file), "the file is " + size / (1024 * 1024) + " MB; the limit is "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB", "split it, or move large data out of the blog sources");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.error(SourceLocation.of(file), "the file cannot be read: " + e.getMessage(),
                    "check that the file exists and is readable");
            return Optional.empty();
        }
    }

    private static Optional<String> skipReason(Post post, SiteConfig config) {
        if (!post.published() && !config.unpublished()) {
            return Optional.of("published: false");
        }
        if (post.draft() && !config.drafts()) {
            return Optional.of("draft");
        }
        if (post.date().toInstant().isAfter(config.now()) && !config.future()) {
            return Optional.of("dated in the future");
        }
        return Optional.empty();
    }

    private long lap(String stage, long start) {
        long now = System.nanoTime();
        stageMillis.merge(stage, (now - start) / 1_000_000, Long::sum);
        return now;
    }
}
