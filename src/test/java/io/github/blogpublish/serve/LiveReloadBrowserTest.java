package io.github.blogpublish.serve;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live reload in a real browser (Debian's headless Chromium): a page open on the preview server reloads by
 * itself after its source is edited, shows the problem page when the edit breaks the front matter, and the post
 * again once it is fixed, without a restart. Seen from outside: Chromium's DevTools endpoint lists the open page with
 * its title, and the title changes once the edited post is served again.
 */
class LiveReloadBrowserTest {

    @TempDir
    Path dir;

    @Test
    void anOpenPageReloadsByItselfAfterAnEdit() throws Exception {
        Chromium.assumeInstalled();
        Path post = dir.resolve("src/main/blog/_posts/2022-10-01-hello.md");
        Files.createDirectories(post.getParent());
        Files.writeString(post, "---\ntitle: Before the edit\n---\nText.\n", StandardCharsets.UTF_8);
        SiteConfig config = SiteConfig.builder(dir).outputDirectory(Path.of("target/blog-preview")).build();
        int devtools;
        try (ServerSocket free = new ServerSocket(0)) {
            devtools = free.getLocalPort();
        }
        try (PreviewServer server = PreviewServer.start(config, "127.0.0.1", 0, line -> { });
             Chromium browser = Chromium.open(List.of("--remote-debugging-port=" + devtools),
                     server.url() + "2022/10/01/hello.html")) {
            assertTrue(waitForTitle(devtools, "Before the edit", 20), "the page opened");
            long edited = System.nanoTime();
            Files.writeString(post, "---\ntitle: After the edit\n---\nText.\n", StandardCharsets.UTF_8);
            assertTrue(waitForTitle(devtools, "After the edit", 10), "the page reloaded by itself");
            System.out.printf("live reload: the open page showed the edit %.2f s after the save%n",
                    (System.nanoTime() - edited) / 1e9);
            Files.writeString(post, "---\ntitle: [After the edit\n---\nText.\n", StandardCharsets.UTF_8);
            assertTrue(waitForTitle(devtools, "Build failed", 10), "the page showed the problems by itself");
            Files.writeString(post, "---\ntitle: Fixed\n---\nText.\n", StandardCharsets.UTF_8);
            assertTrue(waitForTitle(devtools, "Fixed", 10), "the fixed post came back without a restart");
        }
    }

    /** Polls Chromium's list of open pages until one has a title containing {@code text}. */
    private static boolean waitForTitle(int devtools, String text, int seconds) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                String targets = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + devtools + "/json/list"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
                if (List.of(targets.split("\n")).stream().anyMatch(l -> l.contains("\"title\"") && l.contains(text))) {
                    return true;
                }
            } catch (java.io.IOException notYet) {
                // Chromium is still starting
            }
            Thread.sleep(50);
        }
        return false;
    }
}
