package io.github.blogpublish.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the problems that the stages of one build find. Safe to share between threads, so parallel
 * stages can report into one collector; {@link #sorted()} gives a deterministic order whatever order the
 * threads added them in. To learn whether one file's checks failed, give them a collector of their own
 * and merge it: a shared collector also holds what other threads are adding.
 */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();
    private final RuleLevels levels;

    /** A collector under the default levels ({@link RuleLevels#STRICT}). */
    public Problems() {
        this(RuleLevels.STRICT);
    }

    /** A collector that reports each rule at its level here. */
    public Problems(RuleLevels levels) {
        this.levels = java.util.Objects.requireNonNull(levels, "levels");
    }

    /** A new, empty collector under the same levels, for one file's checks. */
    public Problems fresh() {
        return new Problems(levels);
    }

    /** The levels this collector reports under. */
    public RuleLevels levels() {
        return levels;
    }

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public void addAll(Collection<Problem> more) {
        if (more.isEmpty()) {
            return; // most calls, from 10,000 reused posts side by side: no lock taken
        }
        synchronized (this) {
            problems.addAll(more);
        }
    }

    /**
     * Reports what {@code rule} found, at the rule's level here: an error, a warning, or nothing when it is off.
     *
     * @return the level it was reported at
     */
    public Rule.Level report(Rule rule, SourceLocation location, String message, String hint) {
        Rule.Level level = levels.level(rule);
        if (level != Rule.Level.OFF) {
            add(new Problem(level == Rule.Level.ERROR ? Severity.ERROR : Severity.WARNING, rule, location, message,
                    hint));
        }
        return level;
    }

    public synchronized boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** All problems, sorted by file, line, column and severity. */
    public synchronized List<Problem> sorted() {
        return problems.stream().sorted().toList();
    }

    /** Fails with every problem collected so far when at least one is an error. */
    public void throwIfErrors(String stage) throws SiteBuildException {
        if (hasErrors()) {
            throw new SiteBuildException(stage, sorted());
        }
    }
}
