package io.github.blogpublish.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Markdown by example: each {@code examples/markdown/<case>.md} renders to {@code <case>.html}. */
class MarkdownExamplesTest {

    private static final Path EXAMPLES = Path.of("src/test/resources/examples/markdown");
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsExpected(String name) throws IOException {
        String markdown = Files.readString(EXAMPLES.resolve(name + ".md"), StandardCharsets.UTF_8);
        String expected = Files.readString(EXAMPLES.resolve(name + ".html"), StandardCharsets.UTF_8);
        assertEquals(expected, RENDERER.toHtml(markdown));
    }
}
