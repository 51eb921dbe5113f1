package io.github.blogpublish.build;

import io.github.blogpublish.Corpus;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.SiteBuildException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 18F blog (505 posts in the corpus's 18f-blog) builds with its own {@code _config.yml}, layouts and
 * includes from {@code _reference}. The copy made here changes only what is not this build's to fix:
 * nine posts have {@code date: 2016-07-19 (optional)}, template text this build rightly refuses, which the
 * copy drops; {@code _includes/feature-image.html} writes {@code default ""} without the colon that Liquid
 * requires (only Ruby Liquid's lax parser accepts it), which the copy adds; {@code _includes/meta.html}
 * writes a doubled quote and {@code _layouts/post.html} one {@code </div>} too many, which the copy
 * corrects so the written HTML can be checked; and the SVG files that 18F
 * includes ({@code {% include svg/... %}}) are not in the corpus, so the copy has empty ones. The blog's own
 * Jekyll plugins ({@code oembed}, {@code team_photo}, {@code embed}, ...) are not in the corpus either.
 */
class EighteenFBuildTest {

    private static final Pattern SVG_INCLUDE = Pattern.compile("\\{%-?\\s*include\\s+(svg/[^\\s%]+)");

    @TempDir
    Path dir;

    TestSite site;

    @BeforeEach
    void copy() throws Exception {
        Path corpus = Corpus.require("18f-blog");
        site = new TestSite(dir);
        Path source = site.source();
        copyTree(corpus.resolve("_posts"), source.resolve("_posts"));
        copyTree(corpus.resolve("_reference/_layouts"), source.resolve("_layouts"));
        copyTree(corpus.resolve("_reference/_includes"), source.resolve("_includes"));
        Files.copy(corpus.resolve("_reference/_config.yml"), source.resolve("_config.yml"));
        try (Stream<Path> posts = Files.list(source.resolve("_posts"))) {
            for (Path post : posts.toList()) {
                String text = Files.readString(post, StandardCharsets.UTF_8);
                Files.writeString(post, text.replaceAll("(?m)^date: (.*) \\(optional\\)$", "date: $1"), StandardCharsets.UTF_8);
            }
        }
        Path feature = source.resolve("_includes/feature-image.html");
        Files.writeString(feature, Files.readString(feature).replace("| default \"\"", "| default: \"\""));
        // Two HTML mistakes of 18F's templates: a doubled quote, and a </div> that closes nothing.
        Path meta = source.resolve("_includes/meta.html");
        Files.writeString(meta, Files.readString(meta).replace("content=\"{{ page.date }}\"\"", "content=\"{{ page.date }}\""));
        Path post = source.resolve("_layouts/post.html");
        Files.writeString(post, Files.readString(post).replace("    %}\n    </div>\n  </div>\n</section>", "    %}\n  </div>\n</section>"));
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = SVG_INCLUDE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    Path svg = source.resolve("_includes").resolve(m.group(1));
                    Files.createDirectories(svg.getParent());
                    Files.writeString(svg, "");
                }
            }
        }
    }

    @Test
    void itsUnknownOembedTagFailsTheBuildAtEachLine() throws Exception {
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> posts = Files.list(site.source().resolve("_posts"))) {
            for (Path post : posts.toList()) {
                List<String> lines = Files.readAllLines(post, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("{% oembed")) {
                        expected.add(post.getFileName() + ":" + (i + 1));
                    }
                }
            }
        }
        assertEquals(12, expected.size(), "the corpus has twelve oembed tags");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        Set<String> reported = new TreeSet<>();
        for (Problem p : e.problems()) {
            if (p.message().equals("unknown Liquid tag 'oembed'")) {
                reported.add(p.location().file().getFileName() + ":" + p.location().line());
            }
        }
        assertEquals(expected, reported);
    }

    @Test
    void itBuildsWithItsOwnLayoutsWhenPluginsAndMissingPagesAreWarnings() throws Exception {
        BuildResult result = new SiteBuilder(site.config().unknownLiquidWarns(true).brokenLinksWarn(true).build()).build();
        assertEquals(505, result.posts() + result.skipped().size());
        assertTrue(result.posts() >= 500, "posts written: " + result.posts());
        assertEquals(12, result.warnings().stream().filter(p -> p.message().startsWith("unknown Liquid tag 'oembed'")).count());
        String post = site.read("2016/03/23/how-to-integrate-the-draft-us-web-design-standards-into-existing-projects/index.html");
        assertTrue(post.contains("<h1 itemprop=\"name headline\">How to integrate the Draft U.S. Web Design Standards into existing projects</h1>"));
        assertTrue(post.contains("<title>18F: Digital service delivery | How to integrate the Draft U.S. Web Design Standards"));
        assertTrue(post.contains("Published on <time datetime=\"2016-03-23T13:00:00+00:00\""));
        // The feed and sitemap of jekyll-feed and jekyll-sitemap, which 18F lists: Atom and schema-valid; its
        // jekyll-archives pages (tags, at /tags/:name/), its redirects and redirects.json.
        assertEquals(10, OutputValidators.atom(site.output()).getEntries().size());
        OutputValidators.sitemap(site.output());
        assertTrue(site.read("tags/open-source/index.html").contains("Open source"), "an archive of a tag");
        assertFalse(site.read("redirects.json").contains("\"/2015/05/21/TockingTime/\""),
                "a redirect from a post's own address is no redirect");
        // Every page is valid HTML5 but five posts whose authors wrote invalid HTML in their Markdown (an
        // unescaped "<3", unclosed <blockquote>s, inline SVG with <path/>): those errors are the posts' own.
        Set<String> invalid = new TreeSet<>();
        OutputValidators.htmlErrors(site.output()).forEach(error -> invalid.add(error.substring(0, error.indexOf(".html:") + 5)));
        Set<String> posts = Set.of("2014/05/14/hacking-bureaucracy-improving-hiring-and-software/index.html",
                "2016/03/21/we-asked-100-of-our-coworkers-why-did-you-join-18f/index.html",
                "2016/03/22/what-was-your-path-to-18f/index.html",
                "2016/03/23/what-have-you-loved-working-on/index.html",
                "2020/06/23/building-trust-in-a-public-health-crisis/index.html");
        assertEquals(posts, invalid.stream().filter(file -> !file.startsWith("tags/")).collect(Collectors.toSet()));
        // Four tag pages (jekyll-archives) show the excerpt of one of those posts, and with it its HTML.
        Set<String> tagPages = invalid.stream().filter(file -> file.startsWith("tags/")).collect(Collectors.toSet());
        assertEquals(4, tagPages.size(), tagPages.toString());
        for (String tagPage : tagPages) {
            String html = site.read(tagPage);
            assertTrue(posts.stream().anyMatch(bad -> html.contains("/" + bad.replace("index.html", ""))), tagPage);
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
