package io.github.blogpublish.build;

import org.junit.jupiter.api.Assumptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Debian's {@code jekyll} as the oracle of what a Jekyll site means: the post URLs Jekyll gives a site, listed by
 * a Liquid page it renders, and ours from the same site's search index. A test that needs it is skipped, saying
 * why, where Jekyll is not installed.
 */
final class JekyllOracle {

    private JekyllOracle() {
    }

    /** The URLs of the posts Jekyll writes for the Jekyll site in {@code site} (its {@code _posts}, its settings). */
    static Set<String> postUrls(Path site) throws Exception {
        Files.writeString(site.resolve("posts.txt"), "---\n---\n{% for post in site.posts %}{{ post.url }}\n{% endfor %}");
        build(site, site.resolve("_site"));
        List<String> lines = Files.readAllLines(site.resolve("_site/posts.txt"), StandardCharsets.UTF_8);
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Builds the Jekyll site in {@code site} into {@code into} (skipping the test where Jekyll is not installed). */
    static void build(Path site, Path into) throws Exception {
        build(site, into, List.of());
    }

    /**
     * Builds with Jekyll, reading {@code _config.yml} and then each of {@code extraConfig} (as {@code --config
     * a,b}): the plugins a theme's demo names in its Gemfile rather than in its settings.
     */
    static void build(Path site, Path into, List<Path> extraConfig) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/jekyll")),
                "Jekyll is not installed (apt-get install jekyll; .ci/run installs it), so there is no oracle");
        Path log = into.resolveSibling(into.getFileName() + ".log");
        List<String> command = new java.util.ArrayList<>(List.of("jekyll", "build", "--quiet", "-s", site.toString(),
                "-d", into.toString()));
        if (!extraConfig.isEmpty()) {
            List<String> configs = new java.util.ArrayList<>(List.of(site.resolve("_config.yml").toString()));
            extraConfig.forEach(file -> configs.add(file.toString()));
            command.addAll(List.of("--config", String.join(",", configs)));
        }
        ProcessBuilder jekyll = new ProcessBuilder(command);
        jekyll.environment().put("LANG", "C.UTF-8");
        jekyll.environment().put("TZ", "UTC");
        jekyll.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = jekyll.start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "Jekyll finished");
        assertEquals(0, process.exitValue(), Files.readString(log));
    }

    /** Every file below a folder, by its path with {@code /}. */
    static Set<String> files(Path root) throws Exception {
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Copies a folder's files, but one name. */
    static void copy(Path from, Path to, String except) throws Exception {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals(except)) {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }

    /** The URLs of the posts our build wrote, from its search index; each post's page exists where it says. */
    static Set<String> ourPostUrls(TestSite site) throws Exception {
        Set<String> urls = new TreeSet<>();
        for (String line : site.read("search.json").split("\n")) {
            int at = line.indexOf("\"url\":\"");
            if (at >= 0) {
                String url = line.substring(at + 7, line.indexOf('"', at + 7));
                urls.add(url);
                assertTrue(Files.isRegularFile(site.output().resolve(io.github.blogpublish.model.Permalink.outputPath(url))),
                        url);
            }
        }
        return urls;
    }
}
