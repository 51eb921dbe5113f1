package io.github.blogpublish.problem;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the user's sources, where it is, and what to write instead.
 *
 * @param severity error or warning
 * @param rule     the check that found it
 * @param location file, line and column
 * @param message  what is wrong, naming the key or construct
 * @param hint     what to write instead; empty when there is nothing useful to add
 */
public record Problem(Severity severity, Rule rule, SourceLocation location, String message, String hint)
        implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing(Problem::location)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message)
            .thenComparing(Problem::rule);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    /** An error whatever the blog's levels: for a rule that is {@linkplain Rule#fixed() fixed}, or in tests. */
    public static Problem error(Rule rule, SourceLocation location, String message, String hint) {
        return new Problem(Severity.ERROR, rule, location, message, hint);
    }

    /** A warning whatever the blog's levels: for a rule that is {@linkplain Rule#fixed() fixed}, or in tests. */
    public static Problem warning(Rule rule, SourceLocation location, String message, String hint) {
        return new Problem(Severity.WARNING, rule, location, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The problem as the user reads it: {@code src/main/blog/_posts/a.md:3:11: error: message [rule-id]}, and on
     * the next line, indented, {@code hint: ...} when there is a hint.
     */
    public String format(Path base) {
        String head = location.display(base) + ": " + severity.label() + ": " + message + " [" + rule.id() + "]";
        return hint.isEmpty() ? head : head + System.lineSeparator() + "    hint: " + hint;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
