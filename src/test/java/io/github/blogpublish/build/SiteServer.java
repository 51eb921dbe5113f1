package io.github.blogpublish.build;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A built site served as a static host would serve it, under its base URL, for a browser test: a folder's
 * {@code index.html} for the folder, {@code 404.html} with status 404 for what is missing. Below
 * {@code /__test/} it serves what the test adds, and collects what a page posts to {@code /__test/report}.
 */
final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "xml", "application/xml", "png", "image/png", "svg", "image/svg+xml",
            "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final BlockingQueue<String> reports = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> requested = new LinkedBlockingQueue<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    SiteServer(Path site, String base) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(base.isEmpty() ? "/" : base + "/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            String path = exchange.getRequestURI().getPath().substring(base.length());
            Path file = site.resolve(path.substring(1)).normalize();
            if (file.startsWith(site) && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (file.startsWith(site) && Files.isRegularFile(file)) {
                send(exchange, 200, type(file.toString()), Files.readAllBytes(file));
            } else {
                send(exchange, 404, TYPES.get("html"), Files.readAllBytes(site.resolve("404.html")));
            }
        });
        server.createContext("/__test/report", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                reports.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            send(exchange, 204, "text/plain", new byte[0]);
        });
        server.setExecutor(threads);
        server.start();
    }

    /** Serves {@code body} at {@code /__test/<name>}. */
    SiteServer add(String name, byte[] body) {
        server.createContext("/__test/" + name, exchange -> send(exchange, 200, type(name), body));
        return this;
    }

    /** The address of {@code path} (which starts with a slash) on this server. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next report a page posted, waiting up to {@code seconds} for it. */
    String nextReport(int seconds) throws InterruptedException {
        String report = reports.poll(seconds, TimeUnit.SECONDS);
        if (report == null) {
            throw new AssertionError("no report from the browser in " + seconds + " s");
        }
        return report;
    }

    /** Whether a browser asks for {@code path} within {@code seconds}. */
    boolean awaitRequest(String path, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (String next; (next = requested.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null; ) {
            if (next.equals(path)) {
                return true;
            }
        }
        return false;
    }

    private static String type(String name) {
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
