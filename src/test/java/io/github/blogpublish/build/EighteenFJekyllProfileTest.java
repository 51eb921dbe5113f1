package io.github.blogpublish.build;

import io.github.blogpublish.Corpus;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SiteBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The 18F blog's posts, unchanged, with the {@code _config.yml} Jekyll builds them with, under
 * {@code blog.profile=jekyll}: the build passes with the built-in theme, the nine {@code date: ... (optional)} lines
 * are warnings at their lines, and the post URLs are the ones Jekyll 4.3 gives the same files. Two things the
 * corpus lacks are given to both builds alike: the SVG files five posts include ({@code _includes/svg/...},
 * empty here) and, for Jekyll, the blog's {@code oembed} plugin (a tag that writes nothing; ours leaves the
 * unknown tag, and the blog's filters, out with a warning). Jekyll runs without the {@code plugins:} list, whose gems Debian may not have
 * and none of which changes a post's URL. Under the default profile the same posts fail at the nine dates.
 */
class EighteenFJekyllProfileTest {

    private static final Pattern SVG_INCLUDE = Pattern.compile("\\{%-?\\s*include\\s+(svg/[^\\s%]+)");

    @TempDir
    Path dir;

    @Test
    void theUnchangedPostsBuildUnderTheJekyllProfileWithJekyllsUrls() throws Exception {
        Path corpus = Corpus.require("18f-blog");
        TestSite site = new TestSite(dir.resolve("ours"));
        prepare(corpus, site.source());
        Files.copy(corpus.resolve("_reference/_config.yml"), site.source().resolve("_config.yml"));

        SiteBuildException strict = assertThrows(SiteBuildException.class,
                () -> new SiteBuilder(site.config().unknownLiquidWarns(true).brokenLinksWarn(true).build()).build());
        Set<String> refused = new TreeSet<>();
        strict.problems().stream().filter(Problem::isError).forEach(p -> refused.add(p.rule().id()));
        assertEquals(Set.of("date-trailing-text"), refused);
        assertEquals(9, strict.problems().stream().filter(Problem::isError).count());

        BuildResult result = new SiteBuilder(site.config().profile("jekyll").build()).build();
        assertEquals(9, result.warnings().stream().filter(w -> w.rule() == Rule.DATE_TRAILING_TEXT).count());
        // The blog's own plugins: a tag (Jekyll fails on an unknown tag, so its oracle run has a stub) and three
        // filters (Jekyll passes an unknown filter's value through); ours leaves each out with a warning.
        assertEquals(Set.of("unknown Liquid tag 'oembed'; it is left out", "unknown Liquid filter 'team_photo'; it is left out",
                        "unknown Liquid filter 'team_link'; it is left out", "unknown Liquid filter 'embed'; it is left out"),
                result.warnings().stream().filter(w -> w.rule() == Rule.UNKNOWN_LIQUID).map(Problem::message)
                        .collect(java.util.stream.Collectors.toSet()));
        Set<String> ours = JekyllOracle.ourPostUrls(site);
        assertEquals(result.posts(), ours.size());

        Path jekyll = dir.resolve("jekyll");
        prepare(corpus, jekyll);
        String config = Files.readString(corpus.resolve("_reference/_config.yml"), StandardCharsets.UTF_8);
        Files.writeString(jekyll.resolve("_config.yml"), config.replaceAll("(?m)^plugins:\\n(  - .*\\n)+", ""));
        Files.createDirectories(jekyll.resolve("_plugins"));
        Files.writeString(jekyll.resolve("_plugins/oembed.rb"),
                "class OembedStub < Liquid::Tag\n  def render(context)\n    ''\n  end\nend\n"
                        + "Liquid::Template.register_tag('oembed', OembedStub)\n");
        Set<String> jekyllUrls = JekyllOracle.postUrls(jekyll);
        assertEquals(jekyllUrls.size(), ours.size(), "as many posts as Jekyll writes");
        assertEquals(jekyllUrls, ours);
        assertEquals(504, ours.size(), "the 505 files but the one with published: false");
    }

    /** The posts as they are, and an empty file for each SVG they include. */
    static void prepare(Path corpus, Path source) throws Exception {
        Files.createDirectories(source.resolve("_posts"));
        try (Stream<Path> posts = Files.list(corpus.resolve("_posts"))) {
            for (Path post : posts.toList()) {
                Files.copy(post, source.resolve("_posts").resolve(post.getFileName()));
                Matcher m = SVG_INCLUDE.matcher(Files.readString(post, StandardCharsets.UTF_8));
                while (m.find()) {
                    Path svg = source.resolve("_includes").resolve(m.group(1));
                    Files.createDirectories(svg.getParent());
                    Files.writeString(svg, "");
                }
            }
        }
    }
}
