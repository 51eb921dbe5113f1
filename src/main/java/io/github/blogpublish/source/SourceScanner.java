package io.github.blogpublish.source;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.SourceLocation;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * First stage of the pipeline: walks the source folder once and sorts what it finds into posts, drafts,
 * layouts and configuration. Links that lead out of the source folder are reported and not followed;
 * names starting with {@code .}, and backups ({@code ~}, {@code #...#}), are passed over.
 */
public final class SourceScanner {

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
        List<SourceFile> posts = new ArrayList<>();
        List<SourceFile> drafts = new ArrayList<>();
        List<SourceFile> layouts = new ArrayList<>();
        List<SourceFile> schemas = new ArrayList<>();
        Path config = root.resolve("_config.yml");
        Path target = this.config.outputDirectory();

        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = dir.getFileName().toString();
                if (name.startsWith(".") || dir.startsWith(target) || dir.equals(root.resolve("target"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || name.endsWith("~") || name.startsWith("#") && name.endsWith("#")) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink() && !staysInside(file, realRoot)) {
                    problems.warning(SourceLocation.of(file), "this link points outside the source folder and is ignored",
                            "copy the file into " + root.getFileName() + " instead of linking to it");
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink() && Files.isDirectory(file)) {
                    return FileVisitResult.CONTINUE;
                }
                classify(root, file, name, posts, drafts, layouts, schemas, problems);
                return FileVisitResult.CONTINUE;
            }
        });

        Comparator<SourceFile> byPath = Comparator.comparing(SourceFile::relativePath);
        posts.sort(byPath);
        drafts.sort(byPath);
        layouts.sort(byPath);
        schemas.sort(byPath);
        Optional<SourceFile> configFile = Files.isRegularFile(config)
                ? Optional.of(new SourceFile(config, "_config.yml", List.of()))
                : Optional.empty();
        return new SourceTree(posts, drafts, layouts, schemas, configFile);
    }

    private static void classify(Path root, Path file, String name, List<SourceFile> posts, List<SourceFile> drafts,
                                 List<SourceFile> layouts, List<SourceFile> schemas, Problems problems) {
        Path relative = root.relativize(file);
        List<String> parts = new ArrayList<>();
        relative.forEach(p -> parts.add(p.toString()));
        String relativePath = String.join("/", parts);
        int postsAt = parts.indexOf("_posts");
        if (postsAt >= 0 && parts.subList(0, postsAt).stream().noneMatch(p -> p.startsWith("_"))) {
            if (PostFileName.isMarkdown(name)) {
                posts.add(new SourceFile(file, relativePath, parts.subList(0, postsAt)));
            } else {
                problems.warning(SourceLocation.of(file), "only Markdown files are posts; this file is ignored",
                        "name posts YYYY-MM-DD-slug.md, or move this file out of _posts");
            }
        } else if (parts.get(0).equals("_drafts") && PostFileName.isMarkdown(name)) {
            drafts.add(new SourceFile(file, relativePath, List.of()));
        } else if (parts.size() == 2 && parts.get(0).equals("_layouts") && name.endsWith(".html")) {
            layouts.add(new SourceFile(file, relativePath, List.of()));
        } else if (parts.size() == 2 && parts.get(0).equals("_schemas") && name.endsWith(".json")) {
            schemas.add(new SourceFile(file, relativePath, List.of()));
        }
    }

    private static boolean staysInside(Path link, Path realRoot) {
        try {
            return link.toRealPath().startsWith(realRoot);
        } catch (IOException broken) {
            return false;
        }
    }
}
