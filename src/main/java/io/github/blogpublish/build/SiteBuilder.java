package io.github.blogpublish.build;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.files.StagedDirectory;
import io.github.blogpublish.frontmatter.ConfigFileReader;
import io.github.blogpublish.frontmatter.FrontMatterSchemas;
import io.github.blogpublish.frontmatter.LayoutReader;
import io.github.blogpublish.frontmatter.PostReader;
import io.github.blogpublish.frontmatter.TextDecoder;
import io.github.blogpublish.markdown.MarkdownRenderer;
import io.github.blogpublish.model.Layout;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.output.HomePage;
import io.github.blogpublish.output.OutputFile;
import io.github.blogpublish.output.OutputFormat;
import io.github.blogpublish.output.PostPages;
import io.github.blogpublish.output.SiteContent;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.SiteBuildException;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.source.PostFileName;
import io.github.blogpublish.source.SourceFile;
import io.github.blogpublish.source.SourceScanner;
import io.github.blogpublish.source.SourceTree;
import io.github.blogpublish.template.LayoutEngine;
import io.github.blogpublish.template.LiquidData;

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
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Builds one site. {@link #validate()} runs the checking stages and {@link #render(ValidatedSite)} the
 * producing ones; {@link #build()} is both. Every stage collects problems for all files before the build
 * fails, so the user sees every mistake at once; nothing is written until every stage succeeded.
 */
public final class SiteBuilder {

    /** Files larger than this are refused unread: no post is that long, and memory stays bounded. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** The outputs of a site, in the order they are produced. */
    private static final List<OutputFormat> OUTPUTS = List.of(new PostPages(), new HomePage());

    private final SiteConfig settings;
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();
    private List<Path> checkedFiles = List.of();

    public SiteBuilder(SiteConfig settings) {
        this.settings = settings;
    }

    /** Validates, renders and writes the site. */
    public BuildResult build() throws SiteBuildException, IOException {
        return render(validate());
    }

    /** Scan, configuration, layouts, front matter: fails with every problem of every file. */
    public ValidatedSite validate() throws SiteBuildException, IOException {
        Problems problems = new Problems();
        long start = System.nanoTime();
        SourceTree tree = new SourceScanner(settings).scan(problems);
        start = lap("scan", start);

        SiteConfig config = tree.configFile()
                .flatMap(file -> read(file.path(), problems))
                .map(text -> ConfigFileReader.apply(tree.configFile().get().path(), text, settings, problems))
                .orElse(settings);
        // Layouts are parsed (Liquid start-up is slow) while the posts are checked: posts need only their names.
        Set<String> layoutNames = new TreeSet<>(BuiltinTheme.LAYOUTS);
        tree.layouts().forEach(file -> layoutNames.add(PostFileName.stem(file.fileName())));
        CompletableFuture<LayoutEngine> layouts = CompletableFuture.supplyAsync(
                () -> new LayoutEngine(readLayouts(tree, problems), problems), SiteBuilder::startThread);

        FrontMatterSchemas schemas = new FrontMatterSchemas(readSchemas(tree, config, layoutNames, problems), problems);
        PostReader reader = new PostReader(config, layoutNames, schemas);
        List<SourceFile> sources = new ArrayList<>(tree.posts());
        if (config.drafts()) {
            sources.addAll(tree.drafts());
        }
        checkedFiles = sources.stream().map(SourceFile::path).toList();
        List<Post> posts = sources.parallelStream()
                .map(source -> readPost(reader, source, problems))
                .flatMap(Optional::stream)
                .toList();
        start = lap("front matter", start);
        LayoutEngine engine = join(layouts);
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
        return new ValidatedSite(config, engine, published, skipped, sources.size(), warnings);
    }

    /** Markdown, layouts, outputs, write: the site replaces the output folder only if all of it worked. */
    public BuildResult render(ValidatedSite site) throws SiteBuildException, IOException {
        Problems problems = new Problems();
        long start = System.nanoTime();
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<RenderedPost> rendered = site.posts().parallelStream().map(markdown::render).toList();
        start = lap("markdown", start);

        List<Map<String, Object>> postData = site.posts().stream().map(LiquidData::post).toList();
        SiteContent content = new SiteContent(site.config(), rendered, postData,
                LiquidData.site(site.config(), postData), site.layouts());
        List<OutputFile> files = new ArrayList<>();
        for (OutputFormat output : OUTPUTS) {
            files.addAll(output.render(content, problems));
        }
        OutputPaths.check(files, site.config().sourceDirectory(), problems);
        start = lap("layouts and outputs", start);
        problems.throwIfErrors("Rendering");

        write(files, site.config().outputDirectory());
        lap("write", start);
        List<Problem> warnings = new ArrayList<>(site.warnings());
        warnings.addAll(problems.sorted());
        return new BuildResult(site.posts().size(), files.size(), site.config().outputDirectory(), site.skipped(),
                List.copyOf(warnings), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis)));
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

    private Optional<Post> readPost(PostReader reader, SourceFile source, Problems problems) {
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
        return read(source.path(), problems).flatMap(text -> reader.read(postSource, text, problems));
    }

    /** The decoded text of a file, or empty after reporting why it cannot be read. */
    private static Optional<String> read(Path file, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.error(SourceLocation.of(file), "the file is " + size / (1024 * 1024) + " MB; the limit is "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB", "split it, or move large data out of the blog sources");
                return Optional.empty();
            }
            return TextDecoder.decode(file, Files.readAllBytes(file), problems);
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

    private static void write(List<OutputFile> files, Path outputDirectory) throws IOException {
        StagedDirectory staged = StagedDirectory.begin(outputDirectory);
        try {
            for (OutputFile file : files) {
                Path target = staged.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
            }
            staged.commit();
        } catch (IOException | RuntimeException e) {
            staged.abandon();
            throw e;
        }
    }

    private long lap(String stage, long start) {
        long now = System.nanoTime();
        stageMillis.merge(stage, (now - start) / 1_000_000, Long::sum);
        return now;
    }
}
