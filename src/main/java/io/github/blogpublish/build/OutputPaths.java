package io.github.blogpublish.build;

import io.github.blogpublish.output.OutputFile;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
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
        return (origin.startsWith(sourceDirectory) ? SourceLocation.below(sourceDirectory, origin) : origin).toString().replace('\\', '/');
    }

    static void check(List<OutputFile> files, Path sourceDirectory, Problems problems) {
        Map<String, OutputFile> byFoldedPath = new HashMap<>();
        Map<String, OutputFile> folders = new HashMap<>();
        String[] foldedPaths = new String[files.size()];
        for (int i = 0; i < files.size(); i++) {
            OutputFile file = files.get(i);
            String folded = file.path().toLowerCase(Locale.ROOT);
            foldedPaths[i] = folded;
            OutputFile other = byFoldedPath.putIfAbsent(folded, file);
            if (other != null) {
                String how = other.path().equals(file.path()) ? "the same file" : "files whose names differ only by case";
                problems.report(Rule.URL_COLLISION, SourceLocation.of(file.origin()),
                        "this source and " + shown(other, sourceDirectory) + " both write "
                        + how + ": " + file.path(), "give one of them another permalink, slug or file name");
            }
            // Each folder above it, deepest first: once one is known, so are those above it.
            int top = folded.indexOf('/'); // a path that starts with a slash names no folder
            for (int slash = top <= 0 ? -1 : folded.lastIndexOf('/'); slash > 0; slash = folded.lastIndexOf('/', slash - 1)) {
                if (folders.putIfAbsent(folded.substring(0, slash), file) != null) {
                    break;
                }
            }
        }
        for (int i = 0; i < files.size(); i++) {
            OutputFile file = files.get(i);
            OutputFile inside = folders.get(foldedPaths[i]);
            if (inside != null) {
                problems.report(Rule.OUTPUT_PATH, SourceLocation.of(file.origin()),
                        "this source writes the file " + file.path()
                                + ", but " + shown(inside, sourceDirectory) + " needs a folder of that name for " + inside.path(),
                        "change the permalink of one of them");
            }
        }
    }
}
