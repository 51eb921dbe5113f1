package io.github.blogpublish.build;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Liquid by example: each {@code examples/liquid/<case>.md} is a post of one small site (base URL
 * {@code /blog}, zone Asia/Seoul, an include, a data file, a target post, a page and a file) with
 * {@code layout: none}; its page must equal {@code <case>.html}. A new case is a new pair of files.
 */
class LiquidExamplesTest {

    private static final Path EXAMPLES = Path.of("src/test/resources/examples/liquid");

    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    static String render(Path dir, String name) throws Exception {
        TestSite site = new TestSite(dir)
                .file("_config.yml", "title: Examples\nurl: https://example.org\nbaseurl: /blog\ntimezone: Asia/Seoul\n")
                .file("_includes/note.html", "<aside class=\"{{ include.kind }}\">{{ include.text }}</aside>")
                .file("_data/authors.yml", "- name: 김철수\n- name: Lee\n")
                .file("_posts/2010-07-21-target.md", "---\ntitle: Target\ntags: [a]\n---\nt\n")
                .file("about.md", "---\ntitle: About\n---\na\n")
                .file("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .file("_posts/2022-10-01-" + name + ".md",
                        Files.readString(EXAMPLES.resolve(name + ".md"), StandardCharsets.UTF_8));
        site.build();
        return site.read("2022/10/01/" + name + ".html");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsExpected(String name) throws Exception {
        String expected = Files.readString(EXAMPLES.resolve(name + ".html"), StandardCharsets.UTF_8);
        assertEquals(expected, render(dir, name));
    }
}
