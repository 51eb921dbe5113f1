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
 * Themes under the site's own files, as Jekyll merges a gem theme: a folder ({@code blog.themeDirectory}), or a
 * theme the site names that the build's resolver gives as a folder (the goals' resolves a jar), then the built-in
 * theme.
 */
class ThemesTest {

    @TempDir
    Path dir;

    private Path theme() throws Exception {
        Path theme = dir.resolve("theme");
        write(theme.resolve("_layouts/default.html"), "<html><body class=\"theme\">{% include nav.html %}{{ content }}</body></html>");
        write(theme.resolve("_layouts/post.html"), "---\nlayout: default\n---\n<article class=\"theme-post\">{{ content }}</article>");
        write(theme.resolve("_includes/nav.html"), "<nav>theme nav</nav>");
        write(theme.resolve("assets/icons.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write(theme.resolve("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"theme\"/>");
        write(theme.resolve("assets/main.scss"), "---\n---\n@import \"minima\";\n");
        write(theme.resolve("_sass/minima.scss"), "$text: #111;\nbody { color: $text; }\n");
        write(theme.resolve("README.md"), "# A theme\n");
        return theme;
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theThemesLayoutsIncludesAndAssetsStandWhereTheSiteHasNone() throws Exception {
        TestSite site = new TestSite(dir.resolve("blog"))
                .file("_posts/2022-10-01-hello.md", "---\ntitle: Hello\n---\nHi.\n")
                .file("_includes/nav.html", "<nav>site nav</nav>")
                .file("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"site\"/>");
        new SiteBuilder(site.config().themeDirectory(theme()).build()).build();
        String post = site.read("2022/10/01/hello.html");
        assertTrue(post.contains("<body class=\"theme\"><nav>site nav</nav><article class=\"theme-post\">"), post);
        assertTrue(site.read("assets/icons.svg").startsWith("<svg"));
        assertTrue(site.read("assets/logo.svg").contains("id=\"site\""), "the site's own file wins");
        assertFalse(Files.exists(site.output().resolve("assets/main.scss")), "Sass sources are not site files");
        assertEquals("body {\n  color: #111;\n}\n", site.read("assets/main.css"), "compiled with the theme's _sass");
        assertFalse(Files.exists(site.output().resolve("README.md")), "only the theme's assets are copied");
    }

    @Test
    void aSiteLayoutOverridesTheThemesOfTheSameName() throws Exception {
        TestSite site = new TestSite(dir.resolve("blog"))
                .file("_posts/2022-10-01-hello.md", "---\ntitle: Hello\n---\nHi.\n")
                .file("_layouts/post.html", "---\nlayout: default\n---\n<main class=\"site-post\">{{ content }}</main>");
        new SiteBuilder(site.config().themeDirectory(theme()).build()).build();
        String post = site.read("2022/10/01/hello.html");
        assertTrue(post.contains("<body class=\"theme\"><nav>theme nav</nav><main class=\"site-post\">"), post);
    }

    @Test
    void aThemeNamedInConfigIsTheResolversFolderWithItsDataAndTheBuiltInThemeUnderIt() throws Exception {
        Path theme = theme();
        write(theme.resolve("_data/strings.yml"), "greeting: from the theme\n");
        write(theme.resolve("_layouts/page.html"), "---\nlayout: default\n---\n{{ site.data.strings.greeting }}: {{ content }}");
        TestSite site = new TestSite(dir.resolve("blog"))
                .file("_config.yml", "title: Named\ntheme: plain\n")
                .file("_posts/2022-10-01-hello.md", "---\ntitle: Hello\ntags: [one]\n---\nHi.\n")
                .file("about.md", "---\nlayout: page\n---\nAbout.\n");
        java.util.List<String> asked = new java.util.ArrayList<>();
        BuildResult result = new SiteBuilder(site.config().build()).themes(name -> {
            asked.add(name);
            return theme;
        }).build();
        assertEquals(java.util.List.of("plain"), asked);
        assertEquals(java.util.List.of(theme), result.config().themes().subList(0, 1));
        assertTrue(site.read("about.html").contains("<body class=\"theme\"><nav>theme nav</nav>from the theme: <p>About.</p>"),
                site.read("about.html"));
        // The theme has no layout for tag pages: the built-in theme's stands in, inside the theme's default layout.
        assertTrue(site.read("tags/one/index.html").startsWith("<html><body class=\"theme\">"), site.read("tags/one/index.html"));
        assertTrue(Files.isRegularFile(result.config().themes().get(1).resolve("_layouts/archive.html")),
                "the built-in theme is a folder like any other, last");
    }

    @Test
    void aThemeTheResolverCannotGiveIsAProblemAtItsLineAndTheBuiltInThemeStandsInBelowError() throws Exception {
        TestSite site = new TestSite(dir.resolve("blog"))
                .file("_config.yml", "title: Missing\ntheme: minima\n")
                .file("_posts/2022-10-01-hello.md", "---\ntitle: Hello\n---\nHi.\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, () -> new SiteBuilder(site.config().build()).build());
        Problem problem = e.problems().get(0);
        assertEquals(Rule.THEME_NOT_FOUND, problem.rule());
        assertEquals(site.source().resolve("_config.yml"), problem.location().file());
        assertEquals(2, problem.location().line());
        assertTrue(problem.message().startsWith("theme minima cannot be used: a theme by name or coordinates is "
                + "resolved by Maven"), problem.message());
        BuildResult lowered = new SiteBuilder(site.config().profile("jekyll").build()).build();
        assertEquals(Rule.THEME_NOT_FOUND, lowered.warnings().get(0).rule());
        assertTrue(site.read("2022/10/01/hello.html").contains("Hi."), "built with the built-in theme");
    }

    @Test
    void aThemeThatIsNotOneNameIsAProblem() throws Exception {
        TestSite site = new TestSite(dir.resolve("blog"))
                .file("_config.yml", "theme: [minima, chirpy]\n")
                .file("_posts/2022-10-01-hello.md", "---\ntitle: Hello\n---\nHi.\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, () -> new SiteBuilder(site.config().build()).build());
        assertEquals("theme: must name one theme, not a list", e.problems().get(0).message());
        assertEquals(1, e.problems().get(0).location().line());
    }

    @Test
    void aThemeFolderThatDoesNotExistFailsNamingIt() throws Exception {
        TestSite site = new TestSite(dir.resolve("blog")).file("_posts/2022-10-01-hello.md", "---\ntitle: Hello\n---\nHi.\n");
        SiteBuildException e = assertThrows(SiteBuildException.class,
                () -> new SiteBuilder(site.config().themeDirectory(dir.resolve("nowhere")).build()).build());
        assertEquals(Rule.THEME_FOLDER, e.problems().get(0).rule());
        assertEquals(dir.resolve("nowhere"), e.problems().get(0).location().file());
    }
}
