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
        Bounds bounds = locate(text);
        if (bounds == null) {
            return Optional.empty();
        }
        return Optional.of(bounds.closed()
                ? new Split(text.substring(bounds.yamlStart(), bounds.yamlEnd()), 2, text.substring(bounds.bodyStart()),
                        bounds.bodyLine(), true)
                : new Split(text.substring(bounds.yamlStart()), 2, "", bounds.bodyLine(), false));
    }

    /**
     * Where {@link #split}'s body starts in the text, without making it: 0 without front matter, the text's
     * length when the front matter is never closed (its body is empty then).
     */
    public static int bodyStart(String text) {
        Bounds bounds = locate(text);
        return bounds == null ? 0 : bounds.closed() ? bounds.bodyStart() : text.length();
    }

    /** The split as offsets into the text; {@code yamlEnd} and {@code bodyStart} mean nothing when not closed. */
    private record Bounds(int yamlStart, int yamlEnd, int bodyStart, int bodyLine, boolean closed) {
    }

    private static Bounds locate(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isDelimiter(text, 0, firstEnd, false)) {
            return null;
        }
        int lineStart = Math.min(firstEnd + 1, text.length());
        int line = 2;
        int yamlStart = lineStart;
        while (lineStart < text.length()) {
            int end = lineEnd(text, lineStart);
            if (isDelimiter(text, lineStart, end, true)) {
                int bodyStart = Math.min(end + 1, text.length());
                int bodyLine = line + 1;
                // Jekyll's front matter pattern (---\s*$\n?) also takes the blank lines after the closing line.
                for (int nl = text.indexOf('\n', bodyStart); nl >= 0 && blankBefore(text, bodyStart, nl);
                     nl = text.indexOf('\n', bodyStart)) {
                    bodyStart = nl + 1;
                    bodyLine++;
                }
                return new Bounds(yamlStart, lineStart, bodyStart, bodyLine, true);
            }
            lineStart = end + 1;
            line++;
        }
        return new Bounds(yamlStart, text.length(), text.length(), line, false);
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /** Whether the line from {@code from} to {@code to} is a delimiter, white space after it allowed. */
    private static boolean isDelimiter(String text, int from, int to, boolean closing) {
        int end = to;
        while (end > from && Character.isWhitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return end - from == 3 && (text.startsWith("---", from) || closing && text.startsWith("...", from));
    }

    /** {@code text.substring(from, to).isBlank()}, without the copy: every line of a post passes here. */
    private static boolean blankBefore(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
