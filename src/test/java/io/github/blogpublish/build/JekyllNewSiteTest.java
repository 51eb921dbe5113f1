package io.github.blogpublish.build;

import io.github.blogpublish.problem.Rule;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site {@code jekyll new} makes (Debian's Jekyll with Debian's {@code jekyll-theme-minima}), with nothing but
 * the plugin pointed at it ({@code blog.sourceDirectory} the site's own folder) and {@code blog.profile=jekyll}:
 * our build passes and writes every page Jekyll writes. The only files of Jekyll's that ours lacks are the minima
 * gem's assets ({@code assets/main.css}, compiled from its Sass, and its icons), which come with themes as
 * artifacts and Sass (the theme issue). The site's target/ folder, where the site is written, is left out of the
 * sources as Jekyll leaves out {@code _site}.
 */
class JekyllNewSiteTest {

    @TempDir
    Path dir;

    @Test
    void theSiteJekyllNewMakesBuildsUnderTheJekyllProfileWithJekyllsPages() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/jekyll")),
                "Jekyll is not installed (apt-get install jekyll; .ci/run installs it), so there is no oracle");
        Path site = dir.resolve("blog");
        run(dir, "jekyll", "new", site.toString(), "--skip-bundle");
        run(site, "jekyll", "build", "--quiet", "-d", dir.resolve("jekyll").toString());
        Set<String> jekyllFiles = files(dir.resolve("jekyll"));

        io.github.blogpublish.config.SiteConfigBuilder config = io.github.blogpublish.config.SiteConfig.builder(site)
                .now(Instant.now()).sourceDirectory(site).outputDirectory(site.resolve("target/blog"));
        BuildResult result = new SiteBuilder(config.profile("jekyll").build()).build();
        assertEquals(1, result.posts());
        Set<String> ours = files(site.resolve("target/blog"));
        Set<String> missing = new TreeSet<>(jekyllFiles);
        missing.removeAll(ours);
        assertEquals(Set.of("assets/main.css", "assets/main.css.map", "assets/minima-social-icons.svg"), missing,
                "every page Jekyll writes is written; only the minima gem's own assets are not");
        assertTrue(ours.containsAll(Set.of("index.html", "about/index.html", "404.html", "feed.xml")), ours.toString());
        assertTrue(result.warnings().stream().allMatch(w -> w.rule() != Rule.UNKNOWN_RULE), result.warnings().toString());
        // theme: minima names a Ruby gem, which a build without Maven cannot have: the built-in theme stands in.
        io.github.blogpublish.problem.Problem theme = result.warnings().stream()
                .filter(w -> w.rule() == Rule.THEME_NOT_FOUND).findFirst().orElseThrow();
        assertEquals(site.resolve("_config.yml"), theme.location().file());
        assertEquals(33, theme.location().line());

        // The default profile stops at the theme it cannot have; with that rule lowered it builds the same files
        // (the one post has a title and a clean date).
        io.github.blogpublish.problem.SiteBuildException strict = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.blogpublish.problem.SiteBuildException.class,
                () -> new SiteBuilder(config.profile("strict").build()).build());
        assertEquals(List.of(Rule.THEME_NOT_FOUND), strict.problems().stream().map(p -> p.rule()).toList());
        new SiteBuilder(config.profile("strict").rules(new io.github.blogpublish.config.RuleSettings.Layer("test",
                io.github.blogpublish.problem.SourceLocation.of(site), java.util.Map.of("theme-not-found", "warning"))).build())
                .build();
        assertEquals(ours, files(site.resolve("target/blog")));
    }

    /** Debian's minima gem, the theme {@code jekyll new} names. */
    private static final Path MINIMA = Path.of("/usr/share/rubygems-integration/all/gems/minima-2.5.1");

    /**
     * The same site with Debian's minima gem folder as {@code blog.themeDirectory}: every page Jekyll writes, each
     * through minima's layouts and includes, and the stylesheet compiled from minima's Sass as Jekyll compiles it.
     */
    @Test
    void withMinimasFolderAsItsThemeThePagesAreMinimas() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/jekyll")),
                "Jekyll is not installed (apt-get install jekyll; .ci/run installs it), so there is no oracle");
        Assumptions.assumeTrue(Files.isDirectory(MINIMA), "Debian's jekyll-theme-minima is not installed at " + MINIMA
                + " (apt-get install jekyll-theme-minima; .ci/run installs it)");
        Path site = dir.resolve("blog");
        run(dir, "jekyll", "new", site.toString(), "--skip-bundle");
        run(site, "jekyll", "build", "--quiet", "-d", dir.resolve("jekyll").toString());
        Set<String> jekyllFiles = files(dir.resolve("jekyll"));

        BuildResult result = new SiteBuilder(io.github.blogpublish.config.SiteConfig.builder(site).now(Instant.now())
                .sourceDirectory(site).outputDirectory(site.resolve("target/blog")).themeDirectory(MINIMA)
                .profile("jekyll").build()).build();
        Set<String> missing = new TreeSet<>(jekyllFiles);
        missing.removeAll(files(site.resolve("target/blog")));
        assertEquals(Set.of("assets/main.css.map"), missing, "every file but Jekyll's source map");
        // minima 2.5.1's assets/main.scss, compiled with its _sass: Jekyll's CSS but for LibSass's notation.
        assertEquals(MinimaCorpusTest.normalised(Files.readString(dir.resolve("jekyll/assets/main.css"))),
                MinimaCorpusTest.normalised(Files.readString(site.resolve("target/blog/assets/main.css"))));
        String home = Files.readString(site.resolve("target/blog/index.html"));
        String jekyllHome = Files.readString(dir.resolve("jekyll/index.html"));
        for (String minima : List.of("<header class=\"site-header\" role=\"banner\">", "<footer class=\"site-footer h-card\">",
                "<h2 class=\"post-list-heading\">Posts</h2>", "<link rel=\"stylesheet\" href=\"/assets/main.css\">")) {
            assertTrue(jekyllHome.contains(minima), "Jekyll's page has " + minima);
            assertTrue(home.contains(minima), "ours has " + minima + ":\n" + home);
        }
        assertTrue(result.warnings().stream().noneMatch(w -> w.rule() == Rule.UNKNOWN_LIQUID), result.warnings().toString());
        // minima's head has {% seo %} and {% feed_meta %}: jekyll-seo-tag's and jekyll-feed's output, as Jekyll writes
        // it but the generator line; and the feed lists the same posts.
        for (String page : List.of("index.html", "about/index.html", "404.html")) {
            assertEquals(seoAndFeedMeta(Files.readString(dir.resolve("jekyll").resolve(page))),
                    seoAndFeedMeta(Files.readString(site.resolve("target/blog").resolve(page))), page);
        }
        java.util.regex.Pattern entryTitle = java.util.regex.Pattern.compile("<entry><title type=\"html\">([^<]*)</title>");
        assertEquals(entryTitle.matcher(Files.readString(dir.resolve("jekyll/feed.xml"))).results().map(m -> m.group(1)).toList(),
                entryTitle.matcher(Files.readString(site.resolve("target/blog/feed.xml"))).results().map(m -> m.group(1)).toList());
    }

    /** The lines jekyll-seo-tag and feed_meta write into a page's head, the generator's left out. */
    private static String seoAndFeedMeta(String page) {
        int from = page.indexOf("<!-- Begin Jekyll SEO tag");
        int to = page.indexOf("<link type=\"application/atom+xml\"");
        assertTrue(from >= 0 && to > from, page);
        return JekyllPluginsOracleTest.normalised(page.substring(from, page.indexOf('>', to) + 1));
    }

    private static Set<String> files(Path root) throws Exception {
        return JekyllOracle.files(root);
    }

    private void run(Path in, String... command) throws Exception {
        ProcessBuilder process = new ProcessBuilder(command).directory(in.toFile());
        process.environment().put("LANG", "C.UTF-8");
        process.environment().put("TZ", "UTC");
        Path log = dir.resolve("command.log");
        process.redirectErrorStream(true).redirectOutput(log.toFile());
        Process running = process.start();
        assertTrue(running.waitFor(300, TimeUnit.SECONDS), String.join(" ", command) + " finished");
        assertEquals(0, running.exitValue(), Files.readString(log));
    }
}
