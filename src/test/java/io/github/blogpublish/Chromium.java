package io.github.blogpublish;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium for the browser tests, one process per instance. Its profile folder lives outside
 * the test's own temporary folder: Chromium's helper processes can still be writing into it when the test ends,
 * and JUnit then fails the test for a folder it cannot delete. Closing stops the browser and every process it
 * started, and removes the profile as far as possible (what cannot be removed is left to the system).
 */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private static final List<String> HEADLESS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--hide-scrollbars");

    private final Path profile;
    private final Path output;
    private final Process process;

    private Chromium(List<String> flags, String url) throws IOException {
        profile = Files.createTempDirectory("blog-chromium-profile");
        output = Files.createTempFile("blog-chromium", ".out");
        List<String> command = new ArrayList<>(List.of(EXECUTABLE.toString()));
        command.addAll(HEADLESS);
        command.add("--user-data-dir=" + profile);
        command.addAll(flags);
        command.add(url);
        process = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Skips the calling test, saying why, where Chromium is not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE),
                "Chromium is not installed (apt-get install chromium fonts-noto-cjk; .ci/run installs it)");
    }

    /** The flags for a window {@code width} pixels wide whose reader prefers dark colours or not. */
    public static List<String> window(int width, boolean dark) {
        List<String> flags = new ArrayList<>(List.of("--window-size=" + width + ",1000"));
        if (dark) {
            flags.add("--blink-settings=preferredColorScheme=0");
        }
        return flags;
    }

    /** Opens {@code url} in a browser that keeps running until it is closed. */
    public static Chromium open(List<String> flags, String url) throws IOException {
        return new Chromium(flags, url);
    }

    /**
     * Runs a browser that ends by itself ({@code --dump-dom}, {@code --screenshot=...} among the flags) on
     * {@code url}, and returns what it printed.
     */
    public static String run(List<String> flags, String url) throws Exception {
        try (Chromium browser = new Chromium(flags, url)) {
            if (!browser.process.waitFor(90, TimeUnit.SECONDS)) {
                throw new AssertionError("Chromium did not finish with " + flags + " " + url + " in 90 s");
            }
            return Files.readString(browser.output, StandardCharsets.UTF_8);
        }
    }

    /** Stops the browser and every process it started, waiting a little for each. */
    @Override
    public void close() throws InterruptedException {
        var helpers = process.descendants().toList();
        helpers.forEach(ProcessHandle::destroy);
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
        for (ProcessHandle helper : helpers) {
            try {
                helper.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                helper.destroyForcibly();
            }
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            Files.deleteIfExists(output);
        } catch (IOException | RuntimeException leftForTheSystem) {
            // a helper process still holds a file: the system's temporary folder will be cleared later
        }
    }
}
