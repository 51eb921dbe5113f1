package io.github.blogpublish;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README is a front page a new user reads on the Git host: short, its two commands true, every link of it
 * and of the reference pages under {@code docs/} leading to a file and heading that exist.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path README = ROOT.resolve("README.md");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```[^\\n]*\\n(.*?)^```");

    @Test
    void theReadmeIsAFrontPageUnderEightKilobytes() throws IOException {
        long size = Files.size(README);
        assertTrue(size < 8 * 1024, "README.md is " + size + " bytes: move the detail into a page under docs/");
    }

    @Test
    void theReadmesCommandsAreTheOnesThatBuildTheExampleAndThatCiRuns() throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher fence = FENCE.matcher(read(README));
        while (fence.find()) {
            blocks.add(fence.group(1).strip());
        }
        assertEquals("./mvnw -B install -DskipTests -Dinvoker.skip && ./mvnw -B -f example/pom.xml site-publish",
                blocks.get(0), "the README's first command builds the plugin and runs it on the example blog");
        List<String> ci = read(ROOT.resolve(".ci/run")).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertEquals(ci.get(ci.size() - 1), blocks.get(1), ".ci/run ends with exactly the README's test command");
    }

    @Test
    void everyLinkOfTheReadmeAndTheDocsLeadsSomewhere() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(README));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Matcher link = LINK.matcher(withoutCode(read(page)));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue;
                }
                int hash = target.indexOf('#');
                Path file = hash == 0 ? page : page.getParent().resolve(hash < 0 ? target : target.substring(0, hash))
                        .normalize();
                String name = ROOT.relativize(page) + ": " + target;
                if (!file.startsWith(ROOT) || !Files.exists(file)) {
                    broken.add(name + " (no such file)");
                } else if (hash >= 0 && !anchors(file).contains(target.substring(hash + 1))) {
                    broken.add(name + " (no such heading; there are " + anchors(file) + ")");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** The anchors the Git host gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
    static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new TreeSet<>();
        for (String line : withoutCode(read(page)).lines().toList()) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
                anchors.add(heading.replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    private static String withoutCode(String markdown) {
        return FENCE.matcher(markdown).replaceAll("");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
