package io.github.blogpublish.build;

import io.github.blogpublish.problem.SiteBuildException;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The threads a build runs on, wrapped around the stages from outside: a stage's parallel streams use the pool
 * it runs in, so a build of {@code blog.threads} threads runs every stage in a pool of that many.
 */
final class BuildPool {

    private final int threads;
    /** Whether the pool stays between runs (until {@link #close()}), its threads started once. */
    private final boolean kept;
    /** The pool of the stage running now, if any; the kept pool, if any. */
    private volatile ForkJoinPool pool;

    BuildPool(int threads) {
        this(threads, false);
    }

    private BuildPool(int threads, boolean kept) {
        this.threads = threads;
        this.kept = kept;
    }

    /**
     * A pool whose threads stay from one run to the next until {@link #close()}: {@code blog:serve}'s edits take
     * 20–40 ms each at 10,000 posts, and a pool started for each took 6–10 ms more (measured in process).
     */
    static BuildPool kept(int threads) {
        return new BuildPool(threads, true);
    }

    /** Ends a kept pool's threads. */
    void close() {
        ForkJoinPool running = pool;
        if (kept && running != null) {
            running.shutdown();
            pool = null;
        }
    }

    /** Work of the build that may throw what the build throws. */
    interface Stage<T> {
        T run() throws SiteBuildException, IOException;
    }

    /**
     * Runs a stage in a pool of {@code config.threads()} threads, so its parallel streams use that many; a stage
     * called from another already runs in the pool.
     */
    <T> T run(Stage<T> stage) throws SiteBuildException, IOException {
        if (ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == pool) {
            return stage.run();
        }
        if (!kept || pool == null) {
            pool = new ForkJoinPool(threads);
        }
        try {
            return pool.submit(() -> {
                try {
                    return stage.run();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (SiteBuildException e) {
                    throw new CompletionException(e);
                }
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("the build was interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            // The pool may wrap what the stage threw once more (a copy made in this thread): find the original.
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof SiteBuildException failed) {
                    throw failed;
                }
                if (t instanceof java.io.UncheckedIOException io) {
                    throw io.getCause();
                }
            }
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (!kept) {
                pool.shutdown();
                pool = null;
            }
        }
    }

    /** Starts work on a thread of its own, outside the pool: the layouts are parsed beside the post checks. */
    static void startThread(Runnable work) {
        Thread thread = new Thread(work, "blog-layouts");
        thread.setDaemon(true);
        thread.start();
    }

    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
