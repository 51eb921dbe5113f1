package io.github.blogpublish.mojo;

/** The progress lines of one goal ("Still building: ..."), one each interval, the first after one; closing stops them. */
final class ProgressLine implements AutoCloseable {
    private final java.util.concurrent.ScheduledExecutorService timer;

    /** @param interval milliseconds between lines; 0 or less for none */
    ProgressLine(io.github.blogpublish.build.SiteBuilder builder, long interval, org.apache.maven.plugin.logging.Log log) {
        if (interval <= 0) {
            timer = null;
            return;
        }
        timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "blog-progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> {
            io.github.blogpublish.build.SiteBuilder.Progress now = builder.progress();
            log.info("Still building: " + now.stage() + (now.items() > 0
                    ? String.format(java.util.Locale.ROOT, " (%,d of %,d)", now.done(), now.items()) : ""));
        }, interval, interval, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
