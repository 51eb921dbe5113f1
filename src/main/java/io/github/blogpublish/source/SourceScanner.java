package io.github.blogpublish.source;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * First stage of the pipeline: walks the source folder once and sorts what it finds. Links that lead out
 * of the source folder are reported and not followed; names starting with {@code .}, backups
 * ({@code ~}, {@code #...#}), Jekyll's default excludes and {@code _config.yml}'s {@code exclude} are passed
 * over, and so are the build's own files when the source folder is the project folder.
 */
public final class SourceScanner {

    /** Excluded even when {@code _config.yml} says nothing, as Jekyll does, plus Maven's own files. */
    static final List<String> DEFAULT_EXCLUDES = List.of("Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle",
            "vendor/cache", "vendor/gems", "vendor/ruby", ".sass-cache", ".jekyll-cache", "gemfiles", "target",
            "pom.xml", "mvnw", "mvnw.cmd");

    /** The {@code _} folders with a meaning; others (such as {@code _sass}) are not part of the site. */
    private static final Set<String> SPECIAL = Set.of("_posts", "_drafts", "_layouts", "_includes", "_data", "_schemas");

    private final SiteConfig config;

    public SourceScanner(SiteConfig config) {
        this.config = config;
    }

    /**
     * Scans the source folder.
     *
     * @param problems receives a warning for each link leaving the folder and each stray file in {@code _posts}
     */
    public SourceTree scan(Problems problems) throws IOException {
        Path root = config.sourceDirectory();
        Path realRoot = root.toRealPath();
        Path target = config.outputDirectory();
        List<String> excluded = new ArrayList<>(DEFAULT_EXCLUDES);
        excluded.addAll(config.exclude());
        Excludes excludes = new Excludes(excluded);
        Buckets buckets = new Buckets();
        String shown = shownSource(config);
        // The walk only lists; each file is then looked at side by side (posts run to tens of thousands).
        String collectionsDir = config.collectionsDir();
        Set<Path> collections = new java.util.HashSet<>();
        config.collections().forEach(collection -> collections.add(Path.of(collection.folder())));
        if (!collectionsDir.isEmpty()) {
            collections.add(Path.of(collectionsDir, "_posts"));
            collections.add(Path.of(collectionsDir, "_drafts"));
        }
        List<Map.Entry<Path, BasicFileAttributes>> found = list(root, target, excludes, collections);
        found.parallelStream().forEach(entry -> {
            Path file = entry.getKey();
            BasicFileAttributes attrs = entry.getValue();
            String name = file.getFileName().toString();
            Path relative = SourceLocation.below(root, file);
            // The folders above were matched already (a matching folder is skipped whole): the file alone now.
            if (name.startsWith(".") || name.endsWith("~") || name.startsWith("#") && name.endsWith("#")
                    || excludes.matchesItself(relative)) {
                return;
            }
            if (attrs.isSymbolicLink() && !staysInside(file, realRoot)) {
                warnLinkOutside(file, shown, problems);
                return;
            }
            if (attrs.isSymbolicLink() && Files.isDirectory(file)) {
                return;
            }
            classify(relative, collectionsDir, file, attrs, name, buckets, problems);
        });
        Path config = root.resolve("_config.yml");
        Optional<SourceFile> configFile = Files.isRegularFile(config)
                ? Optional.of(new SourceFile(config, "_config.yml", List.of()))
                : Optional.empty();
        return buckets.tree(configFile);
    }

    /**
     * Every file below the source folder but those in folders that are not part of the site, with its attributes.
     *
     * @param collections the folders of the collections ({@code _tabs}, or below {@code collections_dir}), and of
     *                    the posts and drafts there, which are part of the site
     */
    private static List<Map.Entry<Path, BasicFileAttributes>> list(Path root, Path target, Excludes excludes,
                                                                   Set<Path> collections) throws IOException {
        List<Map.Entry<Path, BasicFileAttributes>> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = dir.getFileName().toString();
                Path relative = root.relativize(dir);
                // Folders starting with '_' are not part of the site, except the special ones at the top,
                // anything inside those, and _posts folders at any depth (category folders).
                boolean topLevelSpecial = relative.getNameCount() == 1 && SPECIAL.contains(name);
                boolean insideSpecial = relative.getNameCount() > 1 && SPECIAL.contains(relative.getName(0).toString());
                boolean collection = collections.stream().anyMatch(folder -> relative.startsWith(folder)
                        || folder.startsWith(relative)); // a collection's folder, inside one, or above one
                boolean ignored = name.startsWith("_") && !topLevelSpecial && !insideSpecial && !name.equals("_posts")
                        && !collection;
                if (name.startsWith(".") || dir.startsWith(target) || ignored || excludes.matches(relative)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                found.add(Map.entry(file, attrs));
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    /**
     * The {@code exclude} patterns: globs relative to the source folder. A pattern without glob characters
     * (most are names: {@code Gemfile}, {@code node_modules}) matches by plain comparison, the same result
     * without a regex per file.
     */
    private static final class Excludes {
        private final Set<String> literal = new java.util.HashSet<>();
        private final List<PathMatcher> globs = new ArrayList<>();

        Excludes(List<String> patterns) {
            for (String pattern : patterns) {
                String glob = pattern.replace('\\', '/').replaceAll("^/+|/+$", "");
                if (glob.chars().noneMatch(c -> "*?[{\\".indexOf(c) >= 0)) {
                    literal.add(glob);
                } else {
                    globs.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
                }
            }
        }

        boolean matchesItself(Path relative) {
            if (literal.contains(relative.toString())) {
                return true;
            }
            for (PathMatcher matcher : globs) {
                if (matcher.matches(relative)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the path or a folder above it matches. */
        boolean matches(Path relative) {
            for (Path prefix = relative; prefix != null; prefix = prefix.getParent()) {
                if (matchesItself(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * @param collectionsDir {@code collections_dir}: posts and drafts below it are the site's, their category folders
     *                       counted from there
     */
    private static void classify(Path relativePath, String collectionsDir, Path file, BasicFileAttributes found,
                                 String name, Buckets b, Problems problems) {
        List<String> parts = new ArrayList<>();
        relativePath.forEach(p -> parts.add(p.toString()));
        String relative = String.join("/", parts);
        int base = !collectionsDir.isEmpty() && relative.startsWith(collectionsDir + "/")
                ? collectionsDir.split("/").length : 0;
        String first = parts.get(0);
        int postsAt = parts.indexOf("_posts");
        String lower = name.toLowerCase(Locale.ROOT);
        if (postsAt >= base && parts.subList(base, postsAt).stream().noneMatch(p -> p.startsWith("_"))) {
            if (PostFileName.isMarkdown(name)) {
                b.posts.add(new SourceFile(file, relative, parts.subList(base, postsAt), found));
            } else {
                problems.report(Rule.NON_MARKDOWN_POST, SourceLocation.of(file),
                        "only Markdown files are posts; this file is ignored",
                        "name posts YYYY-MM-DD-slug.md, or move this file out of _posts");
            }
        } else if (parts.size() > base + 1 && parts.get(base).equals("_drafts")) {
            if (PostFileName.isMarkdown(name)) {
                b.drafts.add(new SourceFile(file, relative, List.of(), found));
            }
        } else if (first.equals("_layouts")) {
            if (parts.size() == 2 && (lower.endsWith(".html") || lower.endsWith(".xml") || lower.endsWith(".json")
                    || lower.endsWith(".txt"))) {
                b.layouts.add(plain(file, relative));
            }
        } else if (first.equals("_includes")) {
            b.includes.add(plain(file, relative));
        } else if (first.equals("_data")) {
            if (lower.endsWith(".yml") || lower.endsWith(".yaml") || lower.endsWith(".json")) {
                b.data.add(plain(file, relative));
            }
        } else if (first.equals("_schemas")) {
            if (parts.size() == 2 && lower.endsWith(".json")) {
                b.schemas.add(plain(file, relative));
            }
        } else if (parts.size() == 1 && name.startsWith("_")) {
            return; // _config.yml and other top-level files starting with '_' are not part of the site
        } else if (PostFileName.isMarkdown(name) || lower.endsWith(".html") || lower.endsWith(".htm")) {
            b.documents.add(plain(file, relative));
        } else {
            b.statics.add(plain(file, relative));
        }
    }

    private static SourceFile plain(Path file, String relative) {
        return new SourceFile(file, relative, List.of());
    }

    /** Whether a file is no link, or a link that stays inside the source folder. */
    public static boolean staysInside(Path file, SiteConfig config) throws IOException {
        return !Files.isSymbolicLink(file) || staysInside(file, config.sourceDirectory().toRealPath());
    }

    private static void warnLinkOutside(Path file, String shownSource, Problems problems) {
        problems.report(Rule.SYMLINK_OUTSIDE, SourceLocation.of(file),
                "this link points outside the source folder and is ignored",
                "copy the file into " + shownSource + " instead of linking to it");
    }

    private static String shownSource(SiteConfig config) {
        Path root = config.sourceDirectory();
        Path base = config.baseDirectory();
        return (root.startsWith(base) && !root.equals(base) ? base.relativize(root) : root).toString().replace('\\', '/');
    }

    private static boolean staysInside(Path link, Path realRoot) {
        try {
            return link.toRealPath().startsWith(realRoot);
        } catch (IOException broken) {
            return false;
        }
    }

    /** What one scan collects; sorted into a {@link SourceTree} at the end. */
    private static final class Buckets {
        final List<SourceFile> posts = bucket();
        final List<SourceFile> drafts = bucket();
        final List<SourceFile> layouts = bucket();
        final List<SourceFile> includes = bucket();
        final List<SourceFile> data = bucket();
        final List<SourceFile> schemas = bucket();
        final List<SourceFile> documents = bucket();
        final List<SourceFile> statics = bucket();

        /** Filled side by side, in any order: sorted at the end. */
        private static List<SourceFile> bucket() {
            return java.util.Collections.synchronizedList(new ArrayList<>());
        }

        SourceTree tree(Optional<SourceFile> configFile) {
            Comparator<SourceFile> byPath = Comparator.comparing(SourceFile::relativePath);
            for (List<SourceFile> list : List.of(posts, drafts, layouts, includes, data, schemas, documents, statics)) {
                list.sort(byPath);
            }
            return new SourceTree(posts, drafts, layouts, includes, data, schemas, documents, statics, configFile);
        }
    }
}
