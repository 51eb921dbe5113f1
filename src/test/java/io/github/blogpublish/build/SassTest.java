package io.github.blogpublish.build;

import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SiteBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sass as Jekyll compiles it: a {@code .scss} or {@code .sass} file with front matter becomes {@code .css} at the
 * same path, its Liquid rendered first, {@code _sass} its load path; one without front matter is copied as it
 * is; an error is reported at the file and line Dart Sass names.
 */
class SassTest {

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return new TestSite(dir)
                .file("_config.yml", "title: Sass\nbrand: \"#336699\"\n")
                .file("_sass/_base.scss", "$gap: 8px;\nbody { margin: $gap * 2; a { color: $brand; } }\n")
                .file("index.html", "---\n---\n<p>home</p>\n");
    }

    @Test
    void scssWithFrontMatterIsCompiledWithLiquidAndTheSassFolder() throws Exception {
        TestSite site = site().file("assets/css/style.scss",
                "---\n# only the dashes matter\n---\n$brand: {{ site.brand }};\n@import \"base\";\n")
                .file("index.html", "---\n---\n<link rel=\"stylesheet\" href=\"/assets/css/style.css\">\n");
        site.build();
        assertEquals("body {\n  margin: 16px;\n}\nbody a {\n  color: #336699;\n}\n", site.read("assets/css/style.css"));
        assertFalse(Files.exists(site.output().resolve("assets/css/style.scss")), "the source is not copied");
    }

    @Test
    void indentedSyntaxAndCompressedStyle() throws Exception {
        TestSite site = site().file("_config.yml", "sass:\n  style: compressed\n")
                .file("main.sass", "---\n---\nnav\n  ul\n    margin: 0\n");
        site.build();
        assertEquals("nav ul{margin:0}\n", site.read("main.css"));
    }

    @Test
    void withoutFrontMatterTheFileIsCopied() throws Exception {
        TestSite site = site().file("vendor.scss", "a { b: c; }\n");
        site.build();
        assertEquals("a { b: c; }\n", site.read("vendor.scss"));
        assertFalse(Files.exists(site.output().resolve("vendor.css")));
    }

    @Test
    void anErrorNamesTheFileAndItsLineCountingTheFrontMatter() throws Exception {
        TestSite site = site().file("assets/css/style.scss", "---\n---\n\nbody {\n  color: red\n  margin: 0;\n}\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        Problem p = e.problems().get(0);
        assertEquals(Rule.SASS_ERROR, p.rule());
        assertEquals(site.source().resolve("assets/css/style.scss"), p.location().file());
        assertEquals(6, p.location().line(), p.toString());
        assertTrue(p.message().startsWith("Sass: expected \";\""), p.message());
        assertFalse(Files.exists(site.output()), "nothing is written");
    }

    @Test
    void anErrorInAPartialNamesThePartial() throws Exception {
        TestSite site = site().file("_sass/_broken.scss", "a {\n  b: $missing;\n}\n")
                .file("style.scss", "---\n---\n@import \"broken\";\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        Problem p = e.problems().get(0);
        assertEquals(site.source().resolve("_sass/_broken.scss"), p.location().file());
        assertEquals(2, p.location().line());
        assertEquals(6, p.location().column());
        assertEquals("Sass: Undefined variable.", p.message());
    }

    @Test
    void warningsAreReportedAndQuietDepsQuietsTheLoadPathsDeprecations() throws Exception {
        TestSite site = site().file("_sass/_loud.scss", "a { color: darken(#ffffff, 10%); }\n")
                .file("style.scss", "---\n---\n@use \"loud\";\n@warn \"from the sheet\";\na { b: c; }\n");
        BuildResult loud = site.build();
        Problem deprecated = loud.warnings().stream().filter(w -> w.rule() == Rule.SASS_WARNING).findFirst()
                .orElseThrow();
        assertEquals(site.source().resolve("_sass/_loud.scss"), deprecated.location().file());
        assertEquals(1, deprecated.location().line());
        assertEquals(12, deprecated.location().column());
        assertEquals("Sass warning: Global built-in functions are deprecated and will be removed in Dart Sass 3.0.0.",
                deprecated.message());
        assertTrue(deprecated.hint().contains("color.adjust"), deprecated.hint());
        site.file("_config.yml", "sass:\n  quiet_deps: true\n");
        BuildResult quiet = site.build();
        assertEquals(java.util.List.of("Sass warning: from the sheet"), quiet.warnings().stream()
                .filter(w -> w.rule() == Rule.SASS_WARNING).map(Problem::message).toList());
        assertEquals(4, quiet.warnings().stream().filter(w -> w.rule() == Rule.SASS_WARNING).findFirst()
                .orElseThrow().location().line());
    }

    @Test
    void aLinkToTheCssPassesTheLinkCheckAndLinkResolvesTheSheet() throws Exception {
        TestSite site = site().file("style.scss", "---\n---\na { b: c; }\n")
                .file("page.html", "---\n---\n<a href=\"{% link style.scss %}\">css</a>\n");
        site.build();
        assertTrue(site.read("page.html").contains("href=\"/style.css\""), site.read("page.html"));
    }
}
