package io.github.blogpublish.problem;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the user's sources, where it is, and what to write instead.
 *
 * @param severity error or warning
 * @param location file, line and column
 * @param message  what is wrong, naming the key or construct
 * @param hint     what to write instead; empty when there is nothing useful to add
 */
public record Problem(Severity severity, SourceLocation location, String message, String hint)
        implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing(Problem::location)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Problem error(SourceLocation location, String message, String hint) {
        return new Problem(Severity.ERROR, location, message, hint);
    }

    public static Problem warning(SourceLocation location, String message, String hint) {
        return new Problem(Severity.WARNING, location, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The problem as the user reads it: {@code src/main/blog/_posts/a.md:3:11: error: message}, and on
     * the next line, indented, {@code hint: ...} when there is a hint.
     */
    public String format(Path base) {
        String head = location.display(base) + ": " + severity.label() + ": " + message;
        return hint.isEmpty() ? head : head + System.lineSeparator() + "    hint: " + hint;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
