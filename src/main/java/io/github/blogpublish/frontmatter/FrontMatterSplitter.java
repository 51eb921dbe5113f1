package io.github.blogpublish.frontmatter;

import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the front matter block: a {@code ---} line at the very start of the text, closed by the next
 * {@code ---} or {@code ...} line. Lines are counted from 1 so problems point at the user's file.
 */
public final class FrontMatterSplitter {

    private FrontMatterSplitter() {
    }

    /**
     * The parts of a text that has front matter.
     *
     * @param yaml     the text between the delimiters
     * @param yamlLine the line of the file where {@code yaml} starts (2 when the file starts with {@code ---})
     * @param body     the text after the closing delimiter and the blank lines after it, as Jekyll takes it
     * @param bodyLine the line of the file where {@code body} starts
     * @param closed   false when no closing delimiter was found ({@code body} is then empty)
     */
    public record Split(String yaml, int yamlLine, String body, int bodyLine, boolean closed) {
    }

    /** Reports a front matter block that was opened on line 1 and never closed. */
    static void reportUnclosed(Path file, Problems problems) {
        problems.report(Rule.FRONT_MATTER_UNCLOSED, SourceLocation.at(file, 1, 1),
                "the front matter opened on line 1 is never closed", "add a line '---' after the last key");
    }

    /** Empty when the text does not start with a {@code ---} line. */
    public static Optional<Split> split(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isDelimiter(text.substring(0, firstEnd), false)) {
            return Optional.empty();
        }
        int lineStart = Math.min(firstEnd + 1, text.length());
        int line = 2;
        int yamlStart = lineStart;
        while (lineStart < text.length()) {
            int end = lineEnd(text, lineStart);
            if (isDelimiter(text.substring(lineStart, end), true)) {
                String yaml = text.substring(yamlStart, lineStart);
                int bodyStart = Math.min(end + 1, text.length());
                int bodyLine = line + 1;
                // Jekyll's front matter pattern (---\s*$\n?) also takes the blank lines after the closing line.
                for (int nl = text.indexOf('\n', bodyStart); nl >= 0 && text.substring(bodyStart, nl).isBlank();
                     nl = text.indexOf('\n', bodyStart)) {
                    bodyStart = nl + 1;
                    bodyLine++;
                }
                return Optional.of(new Split(yaml, 2, text.substring(bodyStart), bodyLine, true));
            }
            lineStart = end + 1;
            line++;
        }
        return Optional.of(new Split(text.substring(yamlStart), 2, "", line, false));
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static boolean isDelimiter(String line, boolean closing) {
        String trimmed = line.stripTrailing();
        return trimmed.equals("---") || closing && trimmed.equals("...");
    }
}
