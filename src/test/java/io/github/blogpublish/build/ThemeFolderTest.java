package io.github.blogpublish.build;

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

/** A theme folder ({@code blog.themeDirectory}) under the site's own files, as Jekyll merges a gem theme. */
class ThemeFolderTest {

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
    void aThemeFolderThatDoesNotExistFailsNamingIt() throws Exception {
        TestSite site = new TestSite(dir.resolve("blog")).file("_posts/2022-10-01-hello.md", "---\ntitle: Hello\n---\nHi.\n");
        SiteBuildException e = assertThrows(SiteBuildException.class,
                () -> new SiteBuilder(site.config().themeDirectory(dir.resolve("nowhere")).build()).build());
        assertEquals(Rule.THEME_FOLDER, e.problems().get(0).rule());
        assertEquals(dir.resolve("nowhere"), e.problems().get(0).location().file());
    }
}
