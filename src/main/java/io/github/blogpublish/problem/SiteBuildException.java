package io.github.blogpublish.problem;

import java.nio.file.Path;
import java.util.List;

/**
 * The user's sources or configuration cannot be built: carries every problem found, sorted, errors and
 * warnings alike. Not a bug: the build reports it without a stack trace.
 */
public final class SiteBuildException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SiteBuildException(String stage, List<Problem> problems) {
        super(stage + " failed: " + summary(problems));
        this.problems = problems.stream().sorted().toList();
    }

    /** A single problem, for failures found outside the per-file stages (publishing, configuration). */
    public static SiteBuildException of(String stage, Problem problem) {
        return new SiteBuildException(stage, List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The heading and every problem, one per line, paths relative to {@code base}. */
    public String report(Path base) {
        StringBuilder text = new StringBuilder(getMessage());
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append(problem.format(base));
        }
        return text.toString();
    }

    static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long files = problems.stream().filter(Problem::isError).map(p -> p.location().file()).distinct().count();
        return plural(errors, "error") + " in " + plural(files, "file") + " (" + byRule(problems.stream()
                .filter(Problem::isError).toList()) + ")";
    }

    /** How many of these problems each rule raised, most first: {@code 9 date-trailing-text, 3 missing-title}. */
    public static String byRule(List<Problem> problems) {
        java.util.Map<Rule, Long> counts = new java.util.TreeMap<>(java.util.Comparator.comparing(Rule::id));
        problems.forEach(p -> counts.merge(p.rule(), 1L, Long::sum));
        return counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<Rule, Long>comparingByValue().reversed())
                .map(e -> e.getValue() + " " + e.getKey().id())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
