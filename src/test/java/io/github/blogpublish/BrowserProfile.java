package io.github.blogpublish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Chromium profile folder for one browser test, outside the test's own temporary folder: Chromium's helper
 * processes can still be writing into it when the test ends, and JUnit then fails the test for a folder it
 * cannot delete. This one is removed as far as possible, and what cannot be is left to the system.
 */
public final class BrowserProfile implements AutoCloseable {

    private final Path dir;

    public BrowserProfile() throws IOException {
        dir = Files.createTempDirectory("blog-chromium-profile");
    }

    /** The flag that points Chromium at this profile. */
    public String flag() {
        return "--user-data-dir=" + dir;
    }

    /** Stops a browser and every process it started, waiting a little for each. */
    public static void stop(Process browser) throws InterruptedException {
        var helpers = browser.descendants().toList();
        helpers.forEach(ProcessHandle::destroy);
        browser.destroy();
        browser.waitFor(10, TimeUnit.SECONDS);
        for (ProcessHandle helper : helpers) {
            try {
                helper.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                helper.destroyForcibly();
            }
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException leftForTheSystem) {
            // a helper process still holds a file: the system's temporary folder will be cleared later
        }
    }
}
