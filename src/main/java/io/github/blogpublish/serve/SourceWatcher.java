package io.github.blogpublish.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Watches the source folder (posts, layouts, includes, data, {@code _config.yml}, everything) and the theme folder
 * the site uses, if any, and calls back once changes have been quiet for a moment, so an editor's save (often
 * several writes) rebuilds once. The call names one changed file for the log, and gives every path that changed,
 * was created or removed meanwhile (an editor's temporary files among them).
 * New folders are watched as they appear; the output folder is ignored when it lies inside the sources.
 */
final class SourceWatcher implements AutoCloseable {

    /**
     * How long the sources must be quiet before a rebuild: an editor's save (a temporary file renamed, or a write
     * and a change of times) takes a few milliseconds; a rebuild that still caught half a save is followed by
     * another, as the rest of the save is a change too.
     */
    static final long QUIET_MILLIS = 30;

    private final Path root;
    private final java.util.Optional<Path> theme;
    private final Path output;
    private final WatchService service;
    private final Thread thread;

    /** @param theme a theme folder outside the sources ({@code blog.themeDirectory}), watched too */
    SourceWatcher(Path root, java.util.Optional<Path> theme, Path output, BiConsumer<String, Set<Path>> onChange)
            throws IOException {
        this.root = root;
        this.theme = theme.filter(folder -> !folder.startsWith(root) && Files.isDirectory(folder));
        this.output = output;
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(root);
        if (this.theme.isPresent()) {
            registerTree(this.theme.get());
        }
        this.thread = new Thread(() -> loop(onChange), "blog-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (d.startsWith(output) || d.getFileName() != null && d.getFileName().toString().startsWith(".")
                        && !d.equals(root) && !theme.map(d::equals).orElse(false)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop(BiConsumer<String, Set<Path>> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> paths = new HashSet<>();
                String changed = drain(key, paths);
                // Wait until the sources have been quiet, collecting what else changed meanwhile.
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    String also = drain(more, paths);
                    if (changed == null || also != null && !Files.exists(root.resolve(changed))) {
                        changed = also;
                    }
                }
                if (changed != null) {
                    onChange.accept(shown(Path.of(changed)) + " changed", Set.copyOf(paths));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed
        }
    }

    /**
     * Reads a key's events, watches new folders, adds every path to {@code paths}, and names one changed file (null
     * if only ignored ones).
     */
    private String drain(WatchKey key, Set<Path> paths) {
        String changed = null;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                paths.add(dir); // events were lost: the folder itself, which no edit of a body names
            }
            if (!(event.context() instanceof Path name)) {
                continue;
            }
            Path path = dir.resolve(name);
            if (path.startsWith(output)) {
                continue;
            }
            paths.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException ignored) {
                    // gone again
                }
            }
            // Name a file that still exists: editors and sed write a temporary file first and rename it.
            if (changed == null || Files.exists(path) && !Files.exists(Path.of(changed))) {
                changed = path.toString();
            }
        }
        key.reset();
        if (changed == null && paths.contains(dir)) {
            changed = dir.toString();
        }
        return changed;
    }

    /** A changed file as the log names it: below the source folder, or below the theme folder with its name. */
    private String shown(Path path) {
        Path base = path.startsWith(root) || theme.isEmpty() ? root : theme.get().getParent();
        return base.relativize(path).toString().replace('\\', '/');
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // already closed
        }
        thread.interrupt();
    }
}
