import io.github.blogpublish.build.SiteBuilder;
import io.github.blogpublish.cache.BuildCache;
import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.files.StagedDirectory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build's own time in one warm JVM, as a long-lived process (an IDE, {@code blog:serve}, a Maven daemon) sees
 * it: WARMUP untimed full builds, then RUNS full builds (no site, no cache: what {@code mvn clean site-publish}
 * does) and RUNS (or EDITS) re-runs with one post edited (the cache loaded from and saved to its file, as {@code mvn
 * site-publish} does). Each figure is validate + render, the span the plugin's INFO lines time; the re-run's cache
 * load and save are shown beside it. The post is restored afterwards; the site and cache go to the project's
 * {@code target/blog} and {@code target/blog-cache-inprocess}.
 * {@code java [-Dstages] -cp <plugin classes and dependencies> bench/InProcess.java PROJECT POST-FILE WARMUP RUNS
 * [EDITS]}; {@code -Dstages} also prints each build's stage times.
 */
public class InProcess {

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path post = project.resolve("src/main/blog/_posts").resolve(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        int edits = args.length > 4 ? Integer.parseInt(args[4]) : runs;
        Path cacheFile = project.resolve("target/blog-cache-inprocess/cache.bin");
        String version = "bench";
        SiteConfig config = SiteConfig.builder(project).build();
        String original = Files.readString(post, StandardCharsets.UTF_8);
        List<Double> full = new ArrayList<>();
        List<Double> edited = new ArrayList<>();
        List<Double> cacheIo = new ArrayList<>();
        try {
            for (int i = 0; i < warmup + runs; i++) {
                StagedDirectory.deleteTree(config.outputDirectory());
                StagedDirectory.deleteTree(cacheFile.getParent());
                settle();
                BuildCache cache = BuildCache.load(cacheFile, version);
                double seconds = build(config, cache);
                cache.save(cacheFile, version);
                if (i >= warmup) {
                    full.add(seconds);
                    System.out.printf("in-process full build %d: %.3f s%n", i - warmup + 1, seconds);
                }
            }
            for (int i = 0; i < edits; i++) {
                Files.writeString(post, original + "\nEdit " + i + " by the benchmark.\n", StandardCharsets.UTF_8);
                settle();
                long start = System.nanoTime();
                BuildCache cache = BuildCache.load(cacheFile, version);
                double loaded = (System.nanoTime() - start) / 1e9;
                double seconds = build(config, cache);
                start = System.nanoTime();
                cache.save(cacheFile, version);
                double io = loaded + (System.nanoTime() - start) / 1e9;
                edited.add(seconds);
                cacheIo.add(io);
                System.out.printf("in-process re-run %d, one post edited: %.3f s (cache load and save %.3f s)%n",
                        i + 1, seconds, io);
            }
        } finally {
            Files.writeString(post, original, StandardCharsets.UTF_8);
        }
        System.out.printf("in-process full %.3f s, edited %.3f s, cache io %.3f s%n", median(full), median(edited),
                median(cacheIo));
    }

    /** Validate + render, as the plugin's INFO lines time them. */
    private static double build(SiteConfig config, BuildCache cache) throws Exception {
        SiteBuilder builder = new SiteBuilder(config, cache);
        long start = System.nanoTime();
        builder.render(builder.validate());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (System.getProperty("stages") != null) {
            System.out.println(builder.stageMillis());
        }
        return seconds;
    }

    /**
     * Untimed: flushes the files the last build wrote and deleted ({@code sync}), so that the kernel's write-back
     * of them does not slow the next build's writes, as {@code bench/run} does before each timed run.
     */
    private static void settle() throws Exception {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (java.io.IOException e) {
            // no sync command: the figures are noisier
        }
        System.gc();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
