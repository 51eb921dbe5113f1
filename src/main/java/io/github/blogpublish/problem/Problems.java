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

    public void error(SourceLocation location, String message, String hint) {
        add(Problem.error(location, message, hint));
    }

    public void warning(SourceLocation location, String message, String hint) {
        add(Problem.warning(location, message, hint));
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
