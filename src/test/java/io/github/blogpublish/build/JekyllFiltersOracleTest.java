package io.github.blogpublish.build;

import io.github.blogpublish.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Jekyll's filters as Jekyll renders them: {@code examples/jekyll-filters} is a small Jekyll site whose
 * {@code filters.html} uses each filter, one per line, and {@code filters.jekyll.html} is what Jekyll 4.3 (Debian's)
 * wrote for it. Our build of the same site must write the same page, line for line. Where Jekyll is installed, a
 * second test renders the site with it again, so the committed expectation cannot drift from Jekyll.
 */
class JekyllFiltersOracleTest {

    private static final Path SITE = Path.of("src/test/resources/examples/jekyll-filters");

    @TempDir
    Path dir;

    @Test
    void everyFilterRendersAsJekyllRendersIt() throws Exception {
        TestSite site = new TestSite(dir);
        JekyllOracle.copy(SITE, site.source(), "filters.jekyll.html");
        BuildResult result = site.build();
        // The lax line: a trailing comma and an argument without a colon, each read as Ruby Liquid reads it and
        // reported where it stands.
        List<String> lax = result.warnings().stream()
                .filter(w -> w.rule() == io.github.blogpublish.problem.Rule.LIQUID_LAX)
                .map(w -> w.location().line() + ":" + w.location().column() + " " + w.message()).toList();
        assertEquals(List.of("remove the comma", "write 'default: \"x\"' to pass it, or remove it"), result.warnings()
                .stream().filter(w -> w.rule() == io.github.blogpublish.problem.Rule.LIQUID_LAX).map(Problem::hint).toList());
        assertEquals(List.of("23:53 a comma after the last argument, which Ruby Liquid ignores",
                "23:81 the filter argument \"x\" has no colon before it, so Ruby Liquid (and Jekyll) pass no argument"),
                lax);
        List<String> jekyll = Files.readAllLines(SITE.resolve("filters.jekyll.html"), StandardCharsets.UTF_8);
        List<String> ours = Files.readAllLines(site.output().resolve("filters.html"), StandardCharsets.UTF_8);
        for (int i = 0; i < Math.max(jekyll.size(), ours.size()); i++) {
            assertEquals(i < jekyll.size() ? jekyll.get(i) : "(no line)", i < ours.size() ? ours.get(i) : "(no line)",
                    "line " + (i + 1) + " of filters.html");
        }
    }

    @Test
    void theExpectationIsWhatJekyllWrites() throws Exception {
        Path jekyllSite = dir.resolve("jekyll");
        JekyllOracle.copy(SITE, jekyllSite, "filters.jekyll.html");
        JekyllOracle.build(jekyllSite, jekyllSite.resolve("_site"));
        assertEquals(Files.readString(SITE.resolve("filters.jekyll.html"), StandardCharsets.UTF_8),
                Files.readString(jekyllSite.resolve("_site/filters.html"), StandardCharsets.UTF_8));
    }
}
