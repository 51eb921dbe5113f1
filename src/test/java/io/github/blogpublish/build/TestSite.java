package io.github.blogpublish.build;

import io.github.blogpublish.config.SiteConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** A small blog project declared inline: files under {@code src/main/blog}, built into {@code target/blog}. */
public final class TestSite {

    /** The real post this product was made for, in the repository's example blog (its only copy). */
    static final Path REAL_POST = Path.of("example/src/main/blog/_posts/2022-10-01-2022_10_plan.md");

    private final Path project;

    public TestSite(Path project) {
        this.project = project;
    }

    public TestSite file(String relative, String text) throws IOException {
        Path file = source().resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    /** A copy of the repository's example blog, in {@code project}. */
    static TestSite example(Path project) throws IOException {
        TestSite site = new TestSite(project);
        Path from = Path.of("example/src/main/blog");
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                site.copy(file, from.relativize(file).toString());
            }
        }
        return site;
    }

    TestSite copy(Path from, String relative) throws IOException {
        Path file = source().resolve(relative);
        Files.createDirectories(file.getParent());
        Files.copy(from, file);
        return this;
    }

    Path project() {
        return project;
    }

    public Path source() {
        return project.resolve("src/main/blog");
    }

    Path output() {
        return project.resolve("target/blog");
    }

    public String read(String relative) throws IOException {
        return Files.readString(output().resolve(relative), StandardCharsets.UTF_8);
    }

    public io.github.blogpublish.config.SiteConfigBuilder config() {
        return SiteConfig.builder(project).now(Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** Builds as a machine in another time zone and locale would, restoring this JVM's afterwards. */
    BuildResult buildAs(String zone, String locale) throws Exception {
        java.util.TimeZone savedZone = java.util.TimeZone.getDefault();
        java.util.Locale savedLocale = java.util.Locale.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag(locale));
            return build();
        } finally {
            java.util.TimeZone.setDefault(savedZone);
            java.util.Locale.setDefault(savedLocale);
        }
    }

    BuildResult build() throws Exception {
        return new SiteBuilder(config().build()).build();
    }

    /** Every file below {@code root} by its relative path, with its bytes, for comparing two builds. */
    static java.util.Map<String, byte[]> files(Path root) throws IOException {
        java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** The two sites hold the same files with the same bytes. */
    static void assertSameSite(java.util.Map<String, byte[]> expected, java.util.Map<String, byte[]> actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, actual.get(path), path));
    }
}
