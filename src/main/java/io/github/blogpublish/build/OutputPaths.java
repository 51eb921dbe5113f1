package io.github.blogpublish.build;

import io.github.blogpublish.output.OutputFile;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.SourceLocation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses outputs that would overwrite each other: the same path twice, paths that differ only by case
 * (one would replace the other on macOS and Windows), and a file where another output needs a folder.
 */
final class OutputPaths {

    private OutputPaths() {
    }

    private static String shown(OutputFile file, Path sourceDirectory) {
        Path origin = file.origin();
        return (origin.startsWith(sourceDirectory) ? sourceDirectory.relativize(origin) : origin).toString().replace('\\', '/');
    }

    static void check(List<OutputFile> files, Path sourceDirectory, Problems problems) {
        Map<String, OutputFile> byFoldedPath = new HashMap<>();
        Map<String, OutputFile> folders = new HashMap<>();
        for (OutputFile file : files) {
            String folded = file.path().toLowerCase(Locale.ROOT);
            OutputFile other = byFoldedPath.putIfAbsent(folded, file);
            if (other != null) {
                String how = other.path().equals(file.path()) ? "the same file" : "files whose names differ only by case";
                problems.error(SourceLocation.of(file.origin()), "this source and " + shown(other, sourceDirectory) + " both write "
                        + how + ": " + file.path(), "give one of them another permalink, slug or file name");
            }
            int slash = file.path().indexOf('/');
            while (slash > 0) {
                folders.putIfAbsent(file.path().substring(0, slash).toLowerCase(Locale.ROOT), file);
                slash = file.path().indexOf('/', slash + 1);
            }
        }
        for (OutputFile file : files) {
            OutputFile inside = folders.get(file.path().toLowerCase(Locale.ROOT));
            if (inside != null) {
                problems.error(SourceLocation.of(file.origin()), "this source writes the file " + file.path()
                                + ", but " + shown(inside, sourceDirectory) + " needs a folder of that name for " + inside.path(),
                        "change the permalink of one of them");
            }
        }
    }
}
