package io.github.blogpublish.build;

import io.github.blogpublish.cache.StageCache;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.output.OutputFile;
import io.github.blogpublish.output.SiteContent;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.SiteBuildException;
import io.github.blogpublish.sass.SassSession;
import io.github.blogpublish.source.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code blog:serve}'s rebuild of an edit that changed the text of posts and nothing else (their front matter the
 * same, no file added or removed): the edited posts are read, checked and rendered again, then their own pages and
 * the pages that showed their text when last made (a home page of excerpts, the feed) and their search index
 * entries; every other file is the last build's. A whole build of 10,000 posts must still look at every post and
 * key every page to find that nothing else changed; this knows it from the file watcher.
 * <p>
 * A page made again whose ids changed (a renamed heading) has every link to its anchors checked again. What the
 * whole build would make differently is not taken from here: any other change, an edit that also changes the front
 * matter, one that finds a problem (the whole build reports it with all the others), or a site where a body or
 * template includes another file by its path ({@code include_relative} could include a post) makes {@link #after}
 * give nothing, and the caller builds the whole site. Tests hold the two to the same bytes.
 * <p>
 * Made from a successful build; each successful call moves it to the site it returned. Its threads stay from one
 * edit to the next until it is closed or an edit gives nothing. Not safe for two threads.
 */
public final class QuickRebuild implements AutoCloseable {

    private final BuildPool pool;
    private final FrontMatterStage frontMatter;
    private final MarkdownStage.PostBodies bodies;
    private final SassSession sass;
    private final StageCache.Links links;
    private ValidatedSite site;
    private SiteContent content;
    private List<OutputFile> files;
    /** The same files by path: the last build's to the edit that follows, changed in place by each edit. */
    private final Map<String, OutputFile> byPath = new HashMap<>();
    private List<Problem> warnings;
    /** What the front matter stage knew of each post's body, by the post's path, changed in place by each edit. */
    private final Map<String, ValidatedSite.BodyDigest> digests;
    /** The post files by path, and the position of each published post in the site's posts. */
    private final Supplier<Map<Path, SourceFile>> postFiles;
    private final Supplier<Map<String, Integer>> positions;
    /** Every file the last build read, to tell a removed source from an editor's temporary file. */
    private final Supplier<Set<Path>> sourceFiles;
    private final Supplier<Boolean> includesByPath;
    /** Whether an edit gave nothing, or it was closed: the site is then the caller's to build again. */
    private boolean spent;

    QuickRebuild(int threads, FrontMatterStage frontMatter, MarkdownStage.Bodies bodies, SassSession sass,
                 StageCache.Links links, ValidatedSite site, SiteContent content, List<OutputFile> files,
                 List<Problem> warnings) {
        this.pool = BuildPool.kept(threads);
        this.frontMatter = frontMatter;
        this.bodies = bodies.again();
        this.sass = sass;
        this.links = links;
        this.site = site;
        this.content = content;
        this.files = files;
        files.forEach(file -> byPath.put(file.path(), file));
        this.warnings = warnings;
        this.digests = new HashMap<>(site.bodies());
        this.postFiles = Lazy.of(() -> {
            Map<Path, SourceFile> found = new HashMap<>();
            site.tree().posts().forEach(file -> found.put(file.path().toAbsolutePath().normalize(), file));
            if (site.config().drafts()) {
                site.tree().drafts().forEach(file -> found.put(file.path().toAbsolutePath().normalize(), file));
            }
            return found;
        });
        this.positions = Lazy.of(() -> {
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < this.site.posts().size(); i++) {
                at.put(this.site.posts().get(i).relativePath(), i);
            }
            return at;
        });
        this.sourceFiles = Lazy.of(() -> {
            Set<Path> all = new HashSet<>();
            var tree = site.tree();
            for (List<SourceFile> kind : List.of(tree.posts(), tree.drafts(), tree.layouts(), tree.includes(), tree.data(),
                    tree.schemas(), tree.documents(), tree.statics())) {
                kind.forEach(file -> all.add(file.path().toAbsolutePath().normalize()));
            }
            tree.configFile().ifPresent(file -> all.add(file.path().toAbsolutePath().normalize()));
            return all;
        });
        this.includesByPath = Lazy.of(() -> site.layouts().templatesHold("include_relative")
                || site.posts().stream().anyMatch(post -> post.body().contains("include_relative"))
                || site.pages().stream().anyMatch(page -> page.body().contains("include_relative")));
    }

    /**
     * What the site is after these files changed, made from the last one, when the change is an edit of post
     * bodies alone that this can rebuild; empty when the whole site must be built (then this is spent: build anew).
     *
     * @param changed the files the watcher saw change, created or removed
     */
    public Optional<Edit> after(Set<Path> changed) throws IOException {
        if (spent || changed.isEmpty() || includesByPath.get()) {
            return Optional.empty();
        }
        try {
            Optional<Edit> edit = pool.run(() -> rebuild(changed));
            if (edit.isEmpty()) {
                close();
            }
            return edit;
        } catch (SiteBuildException | RuntimeException e) {
            // Whatever went wrong, the whole build finds it again and says it as it says every problem.
            close();
            return Optional.empty();
        } finally {
            sass.close();
        }
    }

    /** Spends it: its threads end, and it rebuilds nothing more. */
    @Override
    public void close() {
        spent = true;
        pool.close();
    }

    /**
     * The site after an edit of post bodies.
     *
     * @param rendered the site's files and the build's summary
     * @param remade   how many files were made again (the others are the last build's)
     */
    public record Edit(SiteBuilder.Rendered rendered, int remade) {
    }

    private Optional<Edit> rebuild(Set<Path> changed) throws IOException {
        long start = System.nanoTime();
        Map<String, Long> millis = new java.util.LinkedHashMap<>();
        Problems problems = new Problems(site.config().rules());
        Map<Integer, Post> edited = new TreeMap<>();
        Map<String, ValidatedSite.BodyDigest> read = new HashMap<>();
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            SourceFile source = postFiles.get().get(file);
            if (source == null) {
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || sourceFiles.get().stream().anyMatch(f -> f.startsWith(file))) {
                    return Optional.empty(); // a file the build reads, or a folder of them: not a body's edit
                }
                continue; // an editor's temporary file, gone again
            }
            Integer index = positions.get().get(source.relativePath());
            if (index == null || !Files.isRegularFile(file)) {
                return Optional.empty(); // a post left out (a draft, a future date) or gone
            }
            // Read as a new file: the scan's record of its size and time is the last build's.
            FrontMatterStage.Posts again = frontMatter.reportingTo(problems)
                    .posts(List.of(new SourceFile(source.path(), source.relativePath(), source.categories())), () -> { });
            Post before = site.posts().get(index);
            ValidatedSite.BodyDigest was = digests.get(before.relativePath());
            ValidatedSite.BodyDigest now = again.bodies().get(before.relativePath());
            if (again.posts().size() != 1 || was == null || now == null || !was.headKey().equals(now.headKey())
                    || !again.posts().get(0).withBody("").equals(before.withBody(""))) {
                return Optional.empty(); // its front matter changed, or it no longer reads
            }
            if (again.posts().get(0).body().contains("include_relative")) {
                return Optional.empty(); // it now includes a file by its path, which could be a post
            }
            edited.put(index, again.posts().get(0));
            read.put(before.relativePath(), now);
        }
        if (edited.isEmpty()) {
            return Optional.empty();
        }
        long lap = lap(millis, "read", start);
        LiquidCheck.check(site.layouts(), List.copyOf(edited.values()), List.of(), site.links(), site.config(), problems);
        Map<Integer, RenderedPost> rendered = new TreeMap<>();
        edited.forEach((index, post) -> rendered.put(index,
                bodies.render(post, index, read.get(post.relativePath()), problems)));
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        lap = lap(millis, "markdown", lap);

        SiteContent after = content.edited(rendered, byPath);
        List<OutputFile> made = GenerateStage.generate(after, problems);
        List<OutputFile> remade = new ArrayList<>();
        List<OutputFile> all = new ArrayList<>(files.size());
        Set<String> madePaths = new HashSet<>();
        for (OutputFile file : made) {
            OutputFile last = byPath.get(file.path());
            if (last == null || !madePaths.add(file.path())) {
                return Optional.empty(); // a file the last build did not make: not a body's edit
            }
            // A file copied from the same source is the same file.
            boolean sameCopy = file.isCopy() && last.isCopy() && file.origin().equals(last.origin());
            // The link check knows a page by its checksum; nothing asks for another file's (the index is 19 MB).
            OutputFile now = last == file || sameCopy ? last : file.path().endsWith(".html") ? file.withChecksum() : file;
            if (now != last) {
                remade.add(now);
            }
            all.add(now);
        }
        // The style sheets, compiled from no post: the last build's, after the generators' files as there.
        files.stream().filter(file -> !madePaths.contains(file.path())).forEach(all::add);
        if (all.size() != files.size() || problems.hasErrors()) {
            return Optional.empty();
        }
        lap = lap(millis, "pages", lap);
        if (!LinkCheck.checkEdited(byPath, remade, site.config(), links.linkScans(), problems)
                || problems.hasErrors()) {
            return Optional.empty();
        }
        lap(millis, "link check", lap);

        List<Post> posts = new ArrayList<>(site.posts());
        edited.forEach(posts::set);
        Set<Path> editedFiles = new HashSet<>();
        edited.values().forEach(post -> editedFiles.add(post.source()));
        // The bodies' digests are this object's own from here on: the site keeps the last build's.
        site = new ValidatedSite(site.config(), site.tree(), site.layouts(), site.links(), List.copyOf(posts), site.pages(),
                site.statics(), site.styles(), site.data(), site.skipped(), site.checked(), site.warnings(), site.bodies());
        digests.putAll(read);
        content = after;
        List<Problem> found = new ArrayList<>();
        warnings.stream().filter(problem -> !editedFiles.contains(problem.location().file())).forEach(found::add);
        found.addAll(problems.sorted());
        Collections.sort(found);
        files = List.copyOf(all);
        remade.forEach(file -> byPath.put(file.path(), file));
        warnings = List.copyOf(found);
        BuildResult result = new BuildResult(site.posts().size(), files.size(), site.config().outputDirectory(),
                site.skipped(), warnings, Collections.unmodifiableMap(millis), site.config());
        return Optional.of(new Edit(new SiteBuilder.Rendered(files, result), remade.size()));
    }

    private static long lap(Map<String, Long> millis, String name, long start) {
        long now = System.nanoTime();
        millis.put(name, (now - start) / 1_000_000);
        return now;
    }
}
