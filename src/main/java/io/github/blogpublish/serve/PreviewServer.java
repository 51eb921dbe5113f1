package io.github.blogpublish.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.blogpublish.build.BuildResult;
import io.github.blogpublish.build.QuickRebuild;
import io.github.blogpublish.build.SiteBuilder;
import io.github.blogpublish.cache.BuildCache;
import io.github.blogpublish.cache.SiteCache;
import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.output.OutputFile;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SiteBuildException;
import io.github.blogpublish.problem.SourceLocation;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * {@code blog:serve}: builds the site through {@link SiteBuilder} (the same pipeline as {@code site-publish}),
 * keeps it in memory and serves it on a loopback address, rebuilds when a source changes (posts that did not
 * change are neither checked nor rendered again; an edit of post text alone is made from the last build by
 * {@link QuickRebuild}), and tells open pages to reload
 * over a Server-Sent Events stream. The reload script is added to HTML as it is served; nothing is written to
 * disk. A failed rebuild keeps the last good site and shows its problems in place of every page until they are
 * fixed. Only files the build made can be served.
 */
public final class PreviewServer implements AutoCloseable {

    /** The path of the reload event stream; outside any site's base URL. */
    static final String EVENTS = "/__blog/events";

    private static final String RELOAD_SCRIPT = "<script>(function(){var s=new EventSource('" + EVENTS
            + "');s.onmessage=function(){location.reload();};})();</script>";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"));

    /** The JDK server's setting for TCP_NODELAY on the connections it accepts. */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final SiteConfig config;
    private final Consumer<String> log;
    private final HttpServer http;
    private final ExecutorService workers;
    private final SourceWatcher watcher;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final BuildCache cache = new BuildCache();
    private volatile Map<String, OutputFile> files = Map.of();
    private volatile List<Problem> problems = List.of();
    /** The settings of the last good build ({@code _config.yml} included): its base URL is what is served. */
    private volatile SiteConfig built;
    /** Makes each build's builder. */
    private final BiFunction<SiteConfig, SiteCache, SiteBuilder> builders;
    /** Rebuilds an edit of post bodies from the last good build; null after a failed one. */
    private QuickRebuild quick;

    private PreviewServer(SiteConfig config, HttpServer http, Consumer<String> log,
                          BiFunction<SiteConfig, SiteCache, SiteBuilder> builders) throws IOException {
        this.config = config;
        this.builders = builders;
        this.built = config;
        this.http = http;
        this.log = log;
        this.workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "blog-serve");
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(workers);
        http.createContext("/", this::handle);
        rebuild("first build");
        this.watcher = new SourceWatcher(config.sourceDirectory(), config.themeDirectory(), config.outputDirectory(),
                this::rebuild);
        http.start();
    }

    /**
     * Builds the site and starts serving it.
     *
     * @param config the settings; its output folder is the preview folder
     * @param host   the address to bind, normally {@code 127.0.0.1}
     * @param port   the port; 0 picks a free one
     * @param log    receives one line per rebuild
     * @throws SiteBuildException when the port is taken
     */
    public static PreviewServer start(SiteConfig config, String host, int port, Consumer<String> log)
            throws SiteBuildException, IOException {
        return start(config, host, port, log, SiteBuilder::new);
    }

    /**
     * Builds the site and starts serving it, each build by a builder from {@code builders} (the goal's, which
     * knows where Dart Sass comes from).
     */
    public static PreviewServer start(SiteConfig config, String host, int port, Consumer<String> log,
                                      BiFunction<SiteConfig, SiteCache, SiteBuilder> builders)
            throws SiteBuildException, IOException {
        HttpServer http;
        // The JDK's server writes a response's headers and its body apart; without TCP_NODELAY the body waits for
        // the browser's delayed acknowledgement, about 40 ms on every request of a kept-alive connection (a page, its
        // style sheet, its script, one after the other). Read once, when the JVM's first server starts; a value the
        // user set is kept.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        try {
            http = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (BindException e) {
            throw SiteBuildException.of("Serving", Problem.error(Rule.SERVE, SourceLocation.of(config.sourceDirectory()),
                    "cannot listen on " + host + ":" + port + ": " + e.getMessage(),
                    "stop what uses port " + port + ", or choose another: -Dblog.port=" + (port + 1)));
        }
        return new PreviewServer(config, http, log, builders);
    }

    /** The URL of the site's home page. */
    public String url() {
        InetSocketAddress address = http.getAddress();
        return "http://" + address.getHostString() + ":" + address.getPort() + built.baseurl() + "/";
    }

    /** The problems of the last build; empty when it succeeded. */
    public List<Problem> problems() {
        return problems;
    }

    /** Rebuilds now, as a source change does: keeps the last good site on failure, and tells pages to reload. */
    void rebuild(String why) {
        rebuild(why, Set.of());
    }

    /**
     * Rebuilds after these files changed: from the last build when only post bodies did ({@link QuickRebuild}),
     * else the whole site (posts that did not change are neither checked nor rendered again).
     */
    synchronized void rebuild(String why, Set<Path> changed) {
        long start = System.nanoTime();
        try {
            Optional<QuickRebuild.Edit> edit = quick == null ? Optional.empty() : quick.after(changed);
            SiteBuilder.Rendered rendered;
            if (edit.isPresent()) {
                rendered = edit.get().rendered();
            } else {
                SiteBuilder.Preview preview = builders.apply(config, cache).buildPreview();
                closeQuick();
                quick = preview.quick();
                rendered = preview.rendered();
            }
            BuildResult result = rendered.result();
            Map<String, OutputFile> byPath = new HashMap<>();
            rendered.files().forEach(file -> byPath.put(file.path(), file));
            files = java.util.Collections.unmodifiableMap(byPath);
            built = result.config();
            problems = List.of();
            String what = edit.map(e -> "; text only, " + e.remade() + (e.remade() == 1 ? " file" : " files")
                    + " made again").orElse("");
            log.accept("Rebuilt " + result.posts() + (result.posts() == 1 ? " post (" : " posts (") + why + what + ") in "
                    + String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - start) / 1e9) + " " + BuildResult.stages(result.stageMillis()));
        } catch (SiteBuildException e) {
            closeQuick();
            problems = e.problems();
            log.accept("Rebuild failed (" + why + "): " + e.getMessage() + "; the problems are shown in the browser");
        } catch (IOException | RuntimeException e) {
            closeQuick();
            problems = List.of(Problem.error(Rule.SERVE, SourceLocation.of(config.sourceDirectory()),
                    "the build failed: " + e,
                    "see the Maven output"));
            log.accept("Rebuild failed (" + why + "): " + e);
        }
        for (OutputStream listener : listeners) {
            try {
                listener.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                listener.flush();
            } catch (IOException gone) {
                listeners.remove(listener);
            }
        }
    }

    private void closeQuick() {
        if (quick != null) {
            quick.close();
            quick = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            if (uri.getRawPath().equals(EVENTS)) {
                events(exchange);
                return;
            }
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Map<String, OutputFile> site = files;
            String path = SitePaths.resolve(site.keySet(), uri.getRawPath(), built.baseurl()).orElse(null);
            boolean html = path == null || path.endsWith(".html");
            if (!problems.isEmpty() && html) {
                send(exchange, 500, TYPES.get("html"), withReload(ProblemPage.html(problems, config.baseDirectory())));
                return;
            }
            if (path == null) {
                OutputFile notFound = site.get("404.html");
                byte[] body = notFound != null ? bytes(notFound)
                        : "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, TYPES.get("html"), withReload(new String(body, StandardCharsets.UTF_8)));
                return;
            }
            String type = TYPES.getOrDefault(path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT),
                    "application/octet-stream");
            byte[] body = bytes(site.get(path));
            send(exchange, 200, type, type.startsWith("text/html") ? withReload(new String(body, StandardCharsets.UTF_8)) : body);
        }
    }

    /** Holds the response open and sends {@code data: reload} after every rebuild. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        listeners.add(body);
        try {
            while (listeners.contains(body) && !workers.isShutdown()) {
                Thread.sleep(15_000);
                body.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (IOException | InterruptedException gone) {
            listeners.remove(body);
        }
    }

    /** A file's bytes: made by the build, or read from the source file it copies (the scanner kept it inside). */
    private static byte[] bytes(OutputFile file) throws IOException {
        return file.isCopy() ? Files.readAllBytes(file.origin()) : file.content();
    }

    private static byte[] withReload(String html) {
        int end = html.lastIndexOf("</body>");
        String page = end >= 0 ? html.substring(0, end) + RELOAD_SCRIPT + html.substring(end) : html + RELOAD_SCRIPT;
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        watcher.close();
        synchronized (this) {
            closeQuick();
        }
        for (OutputStream listener : listeners) {
            try {
                listener.close();
            } catch (IOException ignored) {
                // the browser went away first
            }
        }
        listeners.clear();
        http.stop(0);
        workers.shutdownNow();
    }
}
