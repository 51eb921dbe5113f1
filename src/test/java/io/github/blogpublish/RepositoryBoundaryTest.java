package io.github.blogpublish;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The default test run needs nothing outside this repository: a person who clones it has only the clone. The
 * tests, their resources, the ITs and the build files are searched for paths that leave the repository (a
 * string starting with {@code ../}, {@code ${basedir}/..}, this workspace's folders, the shared folder beside
 * the checkout) and for links pointing out of it. The one way out is the corpus setting: {@link Corpus} and
 * the POM line that gives its default.
 */
class RepositoryBoundaryTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final List<String> SEARCHED = List.of("src/test", "src/it", "pom.xml", ".mvn", "example", ".ci");
    /** Each pattern is a way out (this file, which names them, is not searched). */
    private static final List<Pattern> WAYS_OUT = List.of(
            Pattern.compile("[\"']\\.\\.(/|\\\\\\\\)"), // "../x", or "..\\x" as Java source writes a backslash
            Pattern.compile("(resolve|Path\\.of|Paths\\.get|new File)\\(\\s*[\"']\\.\\.[\"']"),
            Pattern.compile("\\$\\{(project\\.)?basedir\\}[/\\\\]\\.\\."),
            Pattern.compile("\\.\\./shared|shared\\.dir|seed-blog"),
            Pattern.compile("/work/"));
    private static final String CORPUS_DEFAULT = "<blog.corpus>${project.basedir}/../shared/corpus</blog.corpus>";

    @Test
    void nothingTheTestsReadLiesOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (String top : SEARCHED) {
            Path start = ROOT.resolve(top);
            if (!Files.exists(start)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(start)) {
                for (Path file : walk.filter(RepositoryBoundaryTest::notBuilt).toList()) {
                    check(file, found);
                }
            }
        }
        assertEquals(List.of(), found, "paths out of the repository; read the corpora through Corpus (-Dblog.corpus) "
                + "and everything else from inside the repository");
    }

    /** Build output, which a clean clone does not have, is not searched. */
    private static boolean notBuilt(Path file) {
        for (Path segment : ROOT.relativize(file)) {
            if (segment.toString().equals("target")) {
                return false;
            }
        }
        return true;
    }

    private static void check(Path file, List<String> found) throws IOException {
        String name = ROOT.relativize(file).toString().replace('\\', '/');
        if (Files.isSymbolicLink(file)) {
            Path target = file.getParent().resolve(Files.readSymbolicLink(file)).normalize();
            if (!target.startsWith(ROOT)) {
                found.add(name + ": a link to " + target);
            }
            return;
        }
        if (!Files.isRegularFile(file) || name.endsWith("/Corpus.java") || name.endsWith("/RepositoryBoundaryTest.java")) {
            return;
        }
        // Bytes as Latin-1: every file can be read so, and the patterns are ASCII.
        String[] lines = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (name.equals("pom.xml") && line.strip().equals(CORPUS_DEFAULT)) {
                continue;
            }
            for (Pattern way : WAYS_OUT) {
                if (way.matcher(line).find()) {
                    found.add(name + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
    }
}
