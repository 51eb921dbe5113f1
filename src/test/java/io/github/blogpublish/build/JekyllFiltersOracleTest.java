package io.github.blogpublish.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Jekyll's Liquid as Jekyll renders it: {@code examples/jekyll-filters} is a small Jekyll site whose
 * {@code filters.html} uses each of Jekyll's filters, {@code liquid.html} each of Liquid 4's, and {@code tags.html}
 * each tag of Liquid and of Jekyll, one per line; {@code <page>.jekyll.html} is what Jekyll 4.3 (Debian's) wrote
 * for each. Our build of the same site must write the same pages, line for line, but for two lines whose notation
 * is another program's: the tokens of {@code highlight} (Rouge's classes; ours are the built-in highlighter's, the
 * code is the same) and the CSS of {@code sassify}/{@code scssify} (LibSass there, Dart Sass here: compared without
 * white space). Where Jekyll is installed, a second test renders the site with it again, so the committed
 * expectations cannot drift from Jekyll.
 */
class JekyllFiltersOracleTest {

    private static final Path SITE = Path.of("src/test/resources/examples/jekyll-filters");

    @TempDir
    Path dir;

    @Test
    void everyFilterRendersAsJekyllRendersIt() throws Exception {
        TestSite site = new TestSite(dir);
        copy(SITE, site.source());
        BuildResult result = site.build();
        // The lax constructs: a trailing comma and an argument without a colon (filters.html), a comma between a
        // loop's attributes (tags.html), each read as Ruby Liquid reads it and reported where it stands.
        List<String> lax = result.warnings().stream()
                .filter(w -> w.rule() == io.github.blogpublish.problem.Rule.LIQUID_LAX)
                .map(w -> w.location().file().getFileName() + ":" + w.location().line() + ":" + w.location().column()
                        + " " + w.message() + " (" + w.hint() + ")").toList();
        assertEquals(List.of("filters.html:23:53 a comma after the last argument, which Ruby Liquid ignores (remove the comma)",
                "filters.html:23:81 the filter argument \"x\" has no colon before it, so Ruby Liquid (and Jekyll) pass no "
                        + "argument (write 'default: \"x\"' to pass it, or remove it)",
                "tags.html:10:94 a comma between the loop's attributes, which Ruby Liquid ignores (remove the comma)"),
                lax);
        for (String page : PAGES) {
            List<String> jekyll = Files.readAllLines(SITE.resolve(page + ".jekyll.html"), StandardCharsets.UTF_8);
            List<String> ours = Files.readAllLines(site.output().resolve(page + ".html"), StandardCharsets.UTF_8);
            for (int i = 0; i < Math.max(jekyll.size(), ours.size()); i++) {
                assertEquals(i < jekyll.size() ? notation(jekyll.get(i)) : "(no line)",
                        i < ours.size() ? notation(ours.get(i)) : "(no line)", "line " + (i + 1) + " of " + page + ".html");
            }
        }
    }

    /** The pages of the example, each using one kind of filter or tag. */
    private static final List<String> PAGES = List.of("filters", "liquid", "tags");

    /** A line without what another program writes its own way: highlighter tokens, CSS white space. */
    static String notation(String line) {
        if (line.startsWith("highlight: ")) {
            return line.replaceAll("</?span[^>]*>", "");
        }
        return line.startsWith("sass: ") ? line.replaceAll("\\s+", "") : line;
    }

    @Test
    void theExpectationIsWhatJekyllWrites() throws Exception {
        Path jekyllSite = dir.resolve("jekyll");
        copy(SITE, jekyllSite);
        JekyllOracle.build(jekyllSite, jekyllSite.resolve("_site"));
        for (String page : PAGES) {
            assertEquals(Files.readString(SITE.resolve(page + ".jekyll.html"), StandardCharsets.UTF_8),
                    Files.readString(jekyllSite.resolve("_site/" + page + ".html"), StandardCharsets.UTF_8), page);
        }
    }

    /** The example site without the expectations. */
    private static void copy(Path from, Path to) throws Exception {
        JekyllOracle.copy(from, to, "");
        for (String page : PAGES) {
            Files.delete(to.resolve(page + ".jekyll.html"));
        }
    }
}
