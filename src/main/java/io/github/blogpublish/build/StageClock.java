package io.github.blogpublish.build;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the build is doing and how long each stage took, kept beside the stages: the builder names a stage as it
 * starts it and laps it when it ends; a stage that counts its items is handed {@link #tick()} alone.
 */
final class StageClock {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private volatile String stage = "reading the sources";
    private volatile int items;
    private final AtomicInteger done = new AtomicInteger();

    /** A new stage begins: {@code items} to do, 0 when it is not counted. */
    void begin(String name, int items) {
        this.items = items;
        done.set(0);
        stage = name;
    }

    /** One item of the stage is done; safe from any thread. */
    void tick() {
        done.incrementAndGet();
    }

    /** Adds the time since {@code start} to the named lap, and returns now. */
    synchronized long lap(String name, long start) {
        long now = System.nanoTime();
        millis.merge(name, (now - start) / 1_000_000, Long::sum);
        return now;
    }

    /** The laps so far, in pipeline order. */
    synchronized Map<String, Long> millis() {
        return new LinkedHashMap<>(millis);
    }

    SiteBuilder.Progress progress() {
        return new SiteBuilder.Progress(stage, done.get(), items);
    }
}
