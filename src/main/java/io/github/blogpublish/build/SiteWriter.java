package io.github.blogpublish.build;

import io.github.blogpublish.cache.StageCache;
import io.github.blogpublish.files.FileStamp;
import io.github.blogpublish.files.StagedDirectory;
import io.github.blogpublish.output.OutputFile;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SiteBuildException;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.template.Hashes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The write stage: puts the rendered files in place of the old site, all or nothing. Files are written into a
 * staging folder that replaces the site in one swap; a re-run that changed few files moves just those into the
 * site under a journal ({@link StagedDirectory#commitChanges}). Unchanged files are known by the checksums the
 * cache recorded, or compared byte for byte, and linked rather than copied.
 */
final class SiteWriter {

    private final StageCache.Writes cache;
    private final Runnable written;

    /**
     * @param cache   what the last build wrote ({@code SiteCache.NONE} without the incremental build)
     * @param written called once per file done, for the progress line
     */
    SiteWriter(StageCache.Writes cache, Runnable written) {
        this.cache = cache;
        this.written = written;
    }

    /** An in-place commit pays off while fewer files than this share of the site change. */
    private static final int IN_PLACE_SHARE = 4;

    /**
     * Writes the site into a staging folder and puts it in place only when every file was written. A re-run with
     * the incremental build's record writes only the files that changed and, when they are few, moves just those
     * into the existing site ({@link StagedDirectory#commitChanges}); otherwise the whole folder is swapped.
     *
     * @return whether a half-done update that a stopped build left was undone first
     */
    boolean write(List<OutputFile> files, Path outputDirectory) throws IOException, SiteBuildException {
        StagedDirectory staged = StagedDirectory.begin(outputDirectory);
        try {
            Path[] resolved = resolveAll(staged, files);
            StagedDirectory.Contents existing = cache.keeps() && Files.isRegularFile(outputDirectory.resolve("index.html"))
                    ? staged.contents() : null;
            boolean inPlace = existing != null && fitsInPlace(files, existing);
            Pass pass = new Pass(files, resolved, outputDirectory, existing, inPlace);
            // Each file on its own: the order of writing changes nothing in the result.
            java.util.stream.IntStream.range(0, files.size()).parallel().forEach(pass::writeOne);
            pass.throwIfFailed();
            if (inPlace) {
                commitInPlace(staged, outputDirectory, files, pass.kept, existing);
            } else {
                staged.commit();
            }
            cache.written(pass.after);
            return staged.undidStoppedUpdate();
        } catch (IOException | RuntimeException | SiteBuildException e) {
            staged.abandon();
            throw e;
        }
    }

    /** Every file's place in the staging folder, each checked before anything is written. */
    private static Path[] resolveAll(StagedDirectory staged, List<OutputFile> files) throws SiteBuildException {
        Path[] resolved = new Path[files.size()];
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                resolved[i] = staged.resolve(files.get(i).path());
            } catch (java.nio.file.InvalidPathException e) {
                // reported below
            }
        });
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] == null) {
                resolved[i] = resolve(staged, files.get(i)); // throws the failure
            }
        }
        return resolved;
    }

    /**
     * One write of the site, file by file on many threads. A failure is kept, not thrown, so every writer has
     * stopped before the staging folder is removed.
     */
    private final class Pass {
        private final List<OutputFile> files;
        private final Path[] resolved;
        private final Path outputDirectory;
        private final StagedDirectory.Contents existing;
        private final boolean inPlace;
        private final boolean siteExists;
        private final Map<String, StageCache.Written> before;
        private final Map<String, StageCache.Written> after = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<Path, Boolean> folders = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicReference<IOException> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        private final java.util.concurrent.atomic.AtomicReference<Path> changedMeanwhile =
                new java.util.concurrent.atomic.AtomicReference<>();
        /** Whether each file was already in the site with these bytes. */
        private final boolean[] kept;

        Pass(List<OutputFile> files, Path[] resolved, Path outputDirectory, StagedDirectory.Contents existing,
             boolean inPlace) {
            this.files = files;
            this.resolved = resolved;
            this.outputDirectory = outputDirectory;
            this.existing = existing;
            this.inPlace = inPlace;
            this.siteExists = Files.isDirectory(outputDirectory);
            this.before = cache.written();
            this.kept = new boolean[files.size()];
        }

        void writeOne(int i) {
            if (failure.get() != null) {
                return;
            }
            OutputFile file = files.get(i);
            try {
                Path old = outputDirectory.resolve(file.path());
                // A file the last build wrote and nobody touched since is known by its checksum: kept or not
                // without reading it. Any other file is compared byte for byte.
                String digest = !cache.keeps() || file.isCopy() ? null : file.withChecksum().checksum();
                java.nio.file.attribute.BasicFileAttributes now = existing != null ? existing.files().get(file.path())
                        : digest == null || !siteExists ? null : FileStamp.attributesOrNull(old);
                StageCache.Written last = before.get(file.path());
                boolean recorded = digest != null && last != null && last.stamp().matches(now);
                kept[i] = recorded ? last.digest().equals(digest) : siteExists && sameBytes(file, old);
                if (file.isKept() && !kept[i]) {
                    // Found as written when it was reused, changed since: its bytes are gone.
                    changedMeanwhile.compareAndSet(null, old);
                    return;
                }
                if (kept[i] && inPlace) {
                    if (digest != null) {
                        after.put(file.path(), StageCache.Written.of(digest, now));
                    }
                    written.run();
                    return;
                }
                Path target = resolved[i];
                kept[i] = place(file, old, target, kept[i]);
                if (digest != null) {
                    after.put(file.path(), StageCache.Written.of(digest, FileStamp.attributes(target)));
                }
                written.run();
            } catch (IOException e) {
                failure.compareAndSet(null, e);
            } catch (java.io.UncheckedIOException e) {
                failure.compareAndSet(null, e.getCause());
            }
        }

        /**
         * Puts one file into the staging folder. Kept files are linked into it: a link is a second name for the
         * same file, so the old site stays whole if the build fails.
         *
         * @return whether the old site's file was linked rather than written
         */
        private boolean place(OutputFile file, Path old, Path target, boolean unchanged) throws IOException {
            // Each folder once; a second writer into it waits until it exists.
            folders.computeIfAbsent(target.getParent(), folder -> {
                try {
                    Files.createDirectories(folder);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (unchanged && linked(old, target)) {
                return true;
            }
            if (file.isCopy()) {
                Files.copy(file.origin(), target);
            } else if (file.isKept()) {
                Files.copy(old, target);
            } else {
                Files.write(target, file.content());
            }
            return false;
        }

        void throwIfFailed() throws IOException, SiteBuildException {
            if (failure.get() != null) {
                throw failure.get();
            }
            if (changedMeanwhile.get() != null) {
                throw SiteBuildException.of("Writing the site", Problem.error(Rule.SITE_WRITE, SourceLocation.of(changedMeanwhile.get()),
                        "this file of the site changed while the build ran, so it cannot be kept",
                        "leave the site folder alone while a build runs, and run the build again"));
            }
        }
    }

    /**
     * Whether the outputs can replace the existing site file by file: no output stands where the site has a
     * folder, or below one of its files, and no path holds a line break (the journal lists one path per line).
     */
    private static boolean fitsInPlace(List<OutputFile> files, StagedDirectory.Contents existing) {
        if (existing.files().keySet().parallelStream().anyMatch(path -> path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0)) {
            return false;
        }
        return files.parallelStream().noneMatch(file -> {
            if (existing.folders().contains(file.path()) || file.path().indexOf('\n') >= 0 || file.path().indexOf('\r') >= 0) {
                return true;
            }
            for (int slash = file.path().indexOf('/'); slash >= 0; slash = file.path().indexOf('/', slash + 1)) {
                if (existing.files().containsKey(file.path().substring(0, slash))) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * Moves the changed files into the existing site and removes what the site no longer has; when many changed,
     * links the kept files into the staging folder and swaps it in whole instead, which is then cheaper.
     */
    private static void commitInPlace(StagedDirectory staged, Path outputDirectory, List<OutputFile> files, boolean[] kept,
                                      StagedDirectory.Contents existing) throws IOException {
        Set<String> paths = new java.util.HashSet<>();
        Set<String> needed = new java.util.HashSet<>();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String path = files.get(i).path();
            paths.add(path);
            for (int slash = path.lastIndexOf('/'); slash > 0 && needed.add(path.substring(0, slash));
                 slash = path.lastIndexOf('/', slash - 1)) {
                // every folder above an output stays
            }
            if (!kept[i]) {
                changed.add(path);
            }
        }
        List<String> gone = existing.files().keySet().stream().filter(path -> !paths.contains(path)).sorted().toList();
        if ((changed.size() + gone.size()) * IN_PLACE_SHARE > files.size()) {
            for (int i = 0; i < files.size(); i++) {
                if (kept[i]) {
                    Path target = staged.resolve(files.get(i).path());
                    Path old = outputDirectory.resolve(files.get(i).path());
                    Files.createDirectories(target.getParent());
                    if (!linked(old, target)) {
                        Files.copy(old, target);
                    }
                }
            }
            staged.commit();
            return;
        }
        List<String> emptied = existing.folders().stream().filter(folder -> !needed.contains(folder))
                .sorted(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
        staged.commitChanges(changed, gone, emptied);
    }

    /** Whether the site being replaced already holds this file with these very bytes (read and compared). */
    private static boolean sameBytes(OutputFile file, Path existing) {
        try {
            if (!Files.isRegularFile(existing, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            if (file.isKept()) {
                return Hashes.checksum(Files.readAllBytes(existing)).equals(file.checksum());
            }
            return file.isCopy() ? Files.mismatch(file.origin(), existing) == -1L
                    : Files.size(existing) == file.content().length
                    && java.util.Arrays.equals(Files.readAllBytes(existing), file.content());
        } catch (IOException | SecurityException cannot) {
            return false;
        }
    }

    /** Links an unchanged file of the old site into the staging folder; false when the file system cannot. */
    private static boolean linked(Path existing, Path target) {
        try {
            Files.createLink(target, existing);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException cannot) {
            return false;
        }
    }

    /**
     * The file to write, or a clear failure when the JVM cannot name it: with a non-UTF-8 locale (LANG unset,
     * C or POSIX) Java can only write ASCII file names, and a Hangul tag page would otherwise end the build
     * with a stack trace.
     */
    private static Path resolve(StagedDirectory staged, OutputFile file) throws SiteBuildException {
        try {
            return staged.resolve(file.path());
        } catch (java.nio.file.InvalidPathException e) {
            String encoding = System.getProperty("sun.jnu.encoding", "unknown");
            throw SiteBuildException.of("Writing the site", Problem.error(Rule.SITE_WRITE, SourceLocation.of(file.origin()),
                    "cannot write the file " + file.path() + ": this Java can only write file names in " + encoding,
                    "run Maven with a UTF-8 locale, e.g. LC_ALL=C.UTF-8 mvn site-publish"));
        }
    }
}
