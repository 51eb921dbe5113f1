package io.github.blogpublish;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enforces the package table of STYLE.md, plus two packages it does not list: {@code files} (beneath
 * {@code build} and {@code publish}) and {@code report} (problem reports, used by {@code mojo}); and
 * {@code serve} may also import {@code output}, whose files it serves from memory. Who may import whom, and
 * which library each package alone may use.
 */
class PackageDependencyTest {

    private static final String ROOT = "io.github.blogpublish";
    private static final Path SOURCES = Path.of("src/main/java/io/github/blogpublish");

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("problem", Set.of()),
            Map.entry("config", Set.of("problem")),
            Map.entry("files", Set.of("problem")),
            Map.entry("report", Set.of("problem")),
            Map.entry("source", Set.of("config", "problem")),
            Map.entry("frontmatter", Set.of("model", "config", "problem")),
            Map.entry("model", Set.of("problem")),
            Map.entry("markdown", Set.of("model", "problem")),
            Map.entry("sass", Set.of("problem", "files")),
            Map.entry("template", Set.of("model", "config", "problem")),
            Map.entry("output", Set.of("template", "model", "config", "problem")),
            Map.entry("cache", Set.of("problem", "model", "template", "output", "files")),
            Map.entry("build", Set.of("problem", "config", "source", "frontmatter", "model", "markdown", "sass", "template",
                    "output", "cache", "files")),
            Map.entry("publish", Set.of("config", "problem", "files")),
            Map.entry("serve", Set.of("build", "cache", "config", "problem", "files", "output")),
            Map.entry("newpost", Set.of("config", "frontmatter", "model", "problem")),
            Map.entry("mojo", Set.of("problem", "config", "source", "frontmatter", "model", "markdown", "sass", "template",
                    "output", "cache", "build", "publish", "serve", "newpost", "files", "report")));

    /** Third-party packages and the packages of ours allowed to use each. */
    private static final Map<String, Set<String>> LIBRARIES = Map.ofEntries(
            Map.entry("org.yaml.snakeyaml", Set.of("frontmatter")),
            Map.entry("com.networknt", Set.of("frontmatter")),
            Map.entry("com.fasterxml.jackson", Set.of("frontmatter", "report")),
            Map.entry("org.commonmark", Set.of("markdown")),
            Map.entry("de.larsgrefer.sass", Set.of("sass")),
            Map.entry("com.sass_lang", Set.of("sass")),
            Map.entry("liqp", Set.of("template")),
            Map.entry("org.apache.maven", Set.of("mojo")),
            Map.entry("org.eclipse.aether", Set.of("mojo")),
            Map.entry("net.fellbaum.jemoji", Set.of("output")),
            Map.entry("org.eclipse.jgit", Set.of("publish")),
            Map.entry("javax.inject", Set.of("mojo")));

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void everyPackageImportsOnlyWhatTheStyleGuideAllows() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = packageOf(file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                String imported = m.group(1);
                if (imported.startsWith(ROOT + ".")) {
                    String target = imported.substring(ROOT.length() + 1).split("\\.")[0];
                    if (!target.equals(pkg) && !ALLOWED.getOrDefault(pkg, Set.of()).contains(target)) {
                        violations.add(file + ": " + pkg + " imports " + target);
                    }
                }
                LIBRARIES.forEach((library, owners) -> {
                    if (imported.startsWith(library + ".") && !owners.contains(pkg)) {
                        violations.add(file + ": " + imported + " may only be used in " + owners);
                    }
                });
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageIsInTheTableAndHasPackageInfo() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (Path file : javaFiles()) {
            packages.add(packageOf(file));
        }
        packages.remove("");
        assertEquals(new TreeSet<>(ALLOWED.keySet()), packages);
        for (String pkg : packages) {
            assertTrue(Files.isRegularFile(SOURCES.resolve(pkg).resolve("package-info.java")), pkg + " lacks package-info.java");
        }
        assertTrue(Files.isRegularFile(SOURCES.resolve("package-info.java")));
    }

    @Test
    void nothingImportsTheMojoPackage() throws IOException {
        for (Path file : javaFiles()) {
            if (!packageOf(file).equals("mojo")) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertTrue(!text.contains("import " + ROOT + ".mojo."), file + " imports mojo");
            }
        }
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(Path file) {
        Path relative = SOURCES.relativize(file.getParent());
        return relative.toString().isEmpty() ? "" : relative.getName(0).toString();
    }
}
