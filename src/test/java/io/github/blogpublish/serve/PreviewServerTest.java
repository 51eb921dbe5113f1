package io.github.blogpublish.serve;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.problem.SiteBuildException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview server over real HTTP on a free loopback port. */
class PreviewServerTest {

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> log = new ArrayList<>();
    private PreviewServer server;

    private Path source() {
        return dir.resolve("src/main/blog");
    }

    private void write(String relative, String text) throws Exception {
        Path file = source().resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void start() throws Exception {
        write("_config.yml", "title: Preview\nbaseurl: /blog\n");
        write("_posts/2022-10-01-hello.md", "---\ntitle: Hello\n---\nFirst words.\n");
        write("assets/site.css", "body{}");
        SiteConfig config = SiteConfig.builder(dir).outputDirectory(Path.of("target/blog-preview")).drafts(true).build();
        server = PreviewServer.start(config, "127.0.0.1", 0, line -> {
            synchronized (log) {
                log.add(line);
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int logSize() {
        synchronized (log) {
            return log.size();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.url().replaceAll("/blog/$", "") + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> waitFor(String path, Predicate<HttpResponse<String>> until) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        HttpResponse<String> response = get(path);
        while (!until.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = get(path);
        }
        return response;
    }

    @Test
    void servesTheSiteWithTheReloadScriptOnlyInServedPages() throws Exception {
        HttpResponse<String> home = get("/blog/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElse(""));
        assertTrue(home.body().contains("/blog/2022/10/01/hello.html"));
        assertTrue(home.body().contains("new EventSource('/__blog/events')"));
        assertFalse(Files.exists(dir.resolve("target")), "the preview is kept in memory: nothing is written");
        assertEquals("text/css; charset=utf-8", get("/blog/assets/site.css").headers().firstValue("Content-Type").orElse(""));
        assertEquals(200, get("/blog/2022/10/01/hello").statusCode(), "an extensionless URL finds the .html file");
        HttpResponse<String> missing = get("/blog/nope.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), "the site's 404 page");
        assertEquals(404, get("/2022/10/01/hello.html").statusCode(), "outside the base URL");
    }

    /**
     * The server sends each response without waiting for the browser's delayed acknowledgement (about 40 ms per
     * request of a kept-alive connection otherwise: the benchmark's edit-to-served time shows it).
     */
    @Test
    void responsesAreSentWithoutNaglesDelay() {
        assertEquals("true", System.getProperty(PreviewServer.NO_DELAY));
    }

    @Test
    void anEditIsRebuiltServedAndAnnounced() throws Exception {
        CompletableFuture<HttpResponse<Stream<String>>> events = client.sendAsync(
                HttpRequest.newBuilder(URI.create(server.url().replaceAll("/blog/$", "") + PreviewServer.EVENTS)).build(),
                HttpResponse.BodyHandlers.ofLines());
        Stream<String> lines = events.get(5, TimeUnit.SECONDS).body();
        CompletableFuture<String> reload = CompletableFuture.supplyAsync(
                () -> lines.filter(line -> line.startsWith("data:")).findFirst().orElse(""));
        Thread.sleep(200);
        write("_posts/2022-10-01-hello.md", "---\ntitle: Hello\n---\nEdited words.\n");
        HttpResponse<String> page = waitFor("/blog/2022/10/01/hello.html", r -> r.body().contains("Edited words."));
        assertTrue(page.body().contains("Edited words."), page.body());
        assertEquals("data: reload", reload.get(10, TimeUnit.SECONDS));
        synchronized (log) {
            // The text alone changed: made from the last build, the post's page and the pages that show its text.
            assertTrue(log.stream().anyMatch(l -> l.matches("Rebuilt 1 post \\(_posts/2022-10-01-hello.md changed; "
                    + "text only, \\d+ files made again\\) in \\d+\\.\\d\\d s \\[read .*")), log.toString());
        }
        // A new title is on other pages too: the whole site is built again.
        write("_posts/2022-10-01-hello.md", "---\ntitle: Hello again\n---\nEdited words.\n");
        HttpResponse<String> home = waitFor("/blog/", r -> r.body().contains("Hello again"));
        assertTrue(home.body().contains("Hello again"), home.body());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (logSize() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20); // the line is logged just after the site is swapped
        }
        synchronized (log) {
            assertTrue(log.get(log.size() - 1).startsWith("Rebuilt 1 post (_posts/2022-10-01-hello.md changed) in "),
                    log.toString());
        }
    }

    @Test
    void anEditedSassPartialRecompilesTheSheetThatUsesIt() throws Exception {
        write("_sass/_colors.scss", "$ink: #111111;\n");
        write("assets/style.scss", "---\n---\n@use \"colors\";\nbody { color: colors.$ink; }\n");
        HttpResponse<String> first = waitFor("/blog/assets/style.css", r -> r.statusCode() == 200);
        assertEquals("body {\n  color: #111111;\n}\n", first.body());
        write("_sass/_colors.scss", "$ink: #222222;\n");
        HttpResponse<String> edited = waitFor("/blog/assets/style.css", r -> r.body().contains("#222222"));
        assertEquals("body {\n  color: #222222;\n}\n", edited.body());
        synchronized (log) {
            assertTrue(log.stream().anyMatch(l -> l.contains("(_sass/_colors.scss changed)")), log.toString());
        }
    }

    @Test
    void anEditedThemeFolderIsRebuiltToo() throws Exception {
        Path theme = dir.resolve("my-theme");
        Files.createDirectories(theme.resolve("_layouts"));
        Files.writeString(theme.resolve("_layouts/post.html"), "<main class=\"v1\">{{ content }}</main>");
        SiteConfig config = SiteConfig.builder(dir).outputDirectory(Path.of("target/blog-preview")).themeDirectory(theme)
                .build();
        try (PreviewServer themed = PreviewServer.start(config, "127.0.0.1", 0, line -> {
            synchronized (log) {
                log.add(line);
            }
        })) {
            URI post = URI.create(themed.url() + "2022/10/01/hello.html");
            assertTrue(client.send(HttpRequest.newBuilder(post).build(), HttpResponse.BodyHandlers.ofString()).body()
                    .contains("<main class=\"v1\">"));
            Files.writeString(theme.resolve("_layouts/post.html"), "<main class=\"v2\">{{ content }}</main>");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            String body = "";
            while (!body.contains("v2") && System.nanoTime() < deadline) {
                Thread.sleep(50);
                body = client.send(HttpRequest.newBuilder(post).build(), HttpResponse.BodyHandlers.ofString()).body();
            }
            assertTrue(body.contains("<main class=\"v2\">"), body);
            synchronized (log) {
                assertTrue(log.stream().anyMatch(l -> l.contains("(my-theme/_layouts/post.html changed)")), log.toString());
            }
        }
    }

    @Test
    void aBrokenPostShowsItsProblemsAndAFixRecoversWithoutARestart() throws Exception {
        write("_posts/2022-10-01-hello.md", "---\ntitle: [unclosed\n---\nBroken.\n");
        HttpResponse<String> broken = waitFor("/blog/", r -> r.statusCode() == 500);
        assertEquals(500, broken.statusCode());
        assertTrue(broken.body().contains("src/main/blog/_posts/2022-10-01-hello.md:3:1</code> error: YAML syntax error"), broken.body());
        assertTrue(broken.body().contains("new EventSource"), "the problem page reloads by itself too");
        assertEquals(200, get("/blog/assets/site.css").statusCode(), "the last good site is still served");

        write("_posts/2022-10-01-hello.md", "---\ntitle: Fixed\n---\nBack.\n");
        HttpResponse<String> fixed = waitFor("/blog/2022/10/01/hello.html", r -> r.statusCode() == 200);
        assertEquals(200, fixed.statusCode());
        assertTrue(fixed.body().contains("<h1>Fixed</h1>"));
    }

    @Test
    void pathsThatLeaveTheSiteAreNotFound() throws Exception {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        Files.createSymbolicLink(source().resolve("assets/link.txt"), outside);
        server.rebuild("a link was added");
        for (String path : List.of("/blog/../secret.txt", "/blog/../../secret.txt", "/blog/%2e%2e/secret.txt",
                "/blog/%2E%2E/%2E%2E/secret.txt", "/blog/..%5c..%5csecret.txt", "/blog/..\\secret.txt",
                "/blog/assets/link.txt", "/blog/%2e%2e%2f%2e%2e%2fsecret.txt", "/blog/a/../../secret.txt", "/blog/./../secret.txt")) {
            String response = raw(path);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), path + " -> " + response);
            assertFalse(response.contains("SECRET"), path);
        }
    }

    @Test
    void aBusyPortIsAClearError() throws Exception {
        int port = URI.create(server.url()).getPort();
        SiteConfig config = SiteConfig.builder(dir).outputDirectory(Path.of("target/other")).build();
        SiteBuildException e = assertThrows(SiteBuildException.class, () -> PreviewServer.start(config, "127.0.0.1", port, l -> { }));
        assertTrue(e.problems().get(0).message().startsWith("cannot listen on 127.0.0.1:" + port), e.problems().get(0).message());
        assertEquals("stop what uses port " + port + ", or choose another: -Dblog.port=" + (port + 1), e.problems().get(0).hint());
    }

    /** Sends the path exactly as written, with nothing in between to normalise it. */
    private String raw(String path) throws Exception {
        int port = URI.create(server.url()).getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder response = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                response.append(line).append('\n');
            }
            return response.toString();
        }
    }
}
