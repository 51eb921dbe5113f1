package io.github.blogpublish.frontmatter;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.RuleLevels;
import io.github.blogpublish.problem.SourceLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Front matter rules by example: each {@code examples/frontmatter/<case>.md} is read as the post
 * {@code _posts/2022-10-01-<case>.md} of a site in UTC with the default permalink, and what the user would
 * learn (the post's title, URL, date, layout, categories and tags, or its problems as
 * {@code line:column: severity: message [rule-id]} with the hint below) must equal {@code <case>.expected}.
 * A new rule is a new pair of files. Optional sidecars: {@code <case>.properties} ({@code strictKeys},
 * {@code timezone}, {@code profile}, {@code rules} as {@code -Dblog.rules} takes them, and {@code source}, a
 * file elsewhere in the repository read instead of {@code <case>.md})
 * and {@code <case>.schema.json}, a site schema for every post or, with the property
 * {@code schemaLayout}, for posts of that layout. {@code -Dexamples.update=true} writes what the cases give into
 * the {@code .expected} files, for review in the diff.
 */
class FrontMatterExamplesTest {

    private static final Path EXAMPLES = Path.of("src/test/resources/examples/frontmatter");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".expected"))
                    .map(name -> name.substring(0, name.length() - ".expected".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void frontMatterIsReadAsExpected(String name) throws IOException {
        Path expectedFile = EXAMPLES.resolve(name + ".expected");
        String actual = describe(name);
        if (Boolean.getBoolean("examples.update")) {
            Files.writeString(expectedFile, actual + "\n", StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8).strip(), actual);
    }

    static String describe(String name) throws IOException {
        Properties settings = new Properties();
        Path sidecar = EXAMPLES.resolve(name + ".properties");
        if (Files.exists(sidecar)) {
            try (Reader in = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
                settings.load(in);
            }
        }
        // A case is its own <case>.md, or a file elsewhere in the repository named by source= (the real post).
        String elsewhere = settings.getProperty("source");
        Path file = (elsewhere == null ? EXAMPLES.resolve(name + ".md") : Path.of(elsewhere)).toAbsolutePath();
        SiteConfig config = SiteConfig.builder(Path.of("").toAbsolutePath())
                .now(Instant.parse("2026-01-01T00:00:00Z"))
                .site("timezone", settings.getProperty("timezone"))
                .strictKeys(Boolean.parseBoolean(settings.getProperty("strictKeys", "false")))
                .profile(settings.getProperty("profile", "strict"))
                .rules(new io.github.blogpublish.config.RuleSettings.Layer("rules", SourceLocation.of(file),
                        RuleLevels.parseList(settings.getProperty("rules"))))
                .build();
        Problems problems = new Problems(config.rules());
        Path schemaFile = EXAMPLES.resolve(name + ".schema.json").toAbsolutePath();
        FrontMatterSchemas schemas = Files.exists(schemaFile)
                ? new FrontMatterSchemas(List.of(new FrontMatterSchemas.SchemaSource(schemaFile, name + ".schema.json",
                        Files.readString(schemaFile, StandardCharsets.UTF_8),
                        Optional.ofNullable(settings.getProperty("schemaLayout")))), problems)
                : FrontMatterSchemas.NONE;
        PostReader reader = new PostReader(config, Set.of("default", "home", "page", "post"), schemas);
        PostReader.PostSource source = new PostReader.PostSource(file, "_posts/2022-10-01-" + name + ".md",
                Optional.of(LocalDate.of(2022, 10, 1)), name, List.of(), false);
        Optional<Post> post = TextDecoder.decode(file, Files.readAllBytes(file), problems)
                .flatMap(text -> reader.read(source, text, problems));
        List<String> lines = new ArrayList<>();
        post.ifPresent(p -> {
            lines.add("title: " + p.title());
            lines.add("url: " + p.url());
            lines.add("date: " + p.date());
            lines.add("layout: " + p.layout().orElse("(none)"));
            lines.add("categories: " + p.categories());
            lines.add("tags: " + p.tags());
            if (!p.published()) {
                lines.add("published: false");
            }
            if (p.draft()) {
                lines.add("draft: true");
            }
        });
        for (Problem problem : problems.sorted()) {
            lines.add(problem.location().line() + ":" + problem.location().column() + ": "
                    + problem.severity().label() + ": " + problem.message() + " [" + problem.rule().id() + "]");
            if (!problem.hint().isEmpty()) {
                lines.add("    hint: " + problem.hint());
            }
        }
        return String.join("\n", lines);
    }
}
