import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.serve.PreviewServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The preview server's edit-to-served time, in process: starts {@code blog:serve}'s server on a blog project,
 * then EDITS times writes a new sentence into one post and polls that post's page until the sentence is
 * served, printing each time and the rebuild line the server logged, then waits {@code -Dpause} milliseconds (300
 * by default) before the next. The post is restored afterwards.
 * {@code java -cp <plugin classes and dependencies> bench/ServeEdits.java PROJECT POST-FILE PAGE-PATH EDITS}
 */
public class ServeEdits {

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path post = project.resolve("src/main/blog/_posts").resolve(args[1]);
        int edits = Integer.parseInt(args[3]);
        String original = Files.readString(post, StandardCharsets.UTF_8);
        List<String> log = new ArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        try (PreviewServer server = PreviewServer.start(SiteConfig.builder(project).build(), "127.0.0.1", 0,
                line -> { synchronized (log) { log.add(line); } })) {
            URI page = URI.create(server.url() + args[2]);
            for (int i = 0; i < edits; i++) {
                String marker = "Edit " + i + " by the benchmark.";
                long start = System.nanoTime();
                Files.writeString(post, original + "\n" + marker + "\n", StandardCharsets.UTF_8);
                while (!client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
                        .body().contains(marker)) {
                    Thread.sleep(5);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                synchronized (log) {
                    System.out.printf("served %.3f s after the save; %s%n", seconds, log.get(log.size() - 1));
                }
                Thread.sleep(Integer.getInteger("pause", 300));
            }
        } finally {
            Files.writeString(post, original, StandardCharsets.UTF_8);
        }
    }
}
