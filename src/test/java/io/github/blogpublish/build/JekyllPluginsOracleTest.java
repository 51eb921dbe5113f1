package io.github.blogpublish.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The plugins themes lean on, built in, held to what Jekyll 4.3 and the plugins' Debian gems write:
 * {@code examples/jekyll-plugins/site} lists jekyll-feed, jekyll-seo-tag, jekyll-sitemap, jekyll-paginate,
 * jekyll-archives, jekyll-redirect-from and jekyll-include-cache, and uses each ({@code {% seo %}} and
 * {@code {% feed_meta %}} in its layout, a paginated {@code index.html}, archives of tags, categories, years and
 * months, {@code redirect_from} and {@code redirect_to}, {@code include_cached}); {@code examples/jekyll-plugins/jekyll}
 * is what Jekyll wrote for it. Every file Jekyll writes, ours writes byte for byte, but for two lines that name the
 * moment or the program: the feed's {@code <updated>} (Jekyll's clock; ours is the newest post's date) and the
 * generator. Where Jekyll is installed, a second test builds the site with it again.
 */
class JekyllPluginsOracleTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/examples/jekyll-plugins");

    @TempDir
    Path dir;

    @Test
    void everyFileJekyllWritesIsWrittenTheSame() throws Exception {
        TestSite site = new TestSite(dir);
        JekyllOracle.copy(EXAMPLE.resolve("site"), site.source(), "");
        site.build();
        Path jekyll = EXAMPLE.resolve("jekyll");
        for (String file : JekyllOracle.files(jekyll)) {
            Path ours = site.output().resolve(file);
            assertEquals(true, Files.isRegularFile(ours), "ours writes " + file);
            assertEquals(normalised(Files.readString(jekyll.resolve(file), StandardCharsets.ISO_8859_1)),
                    normalised(Files.readString(ours, StandardCharsets.ISO_8859_1)), file);
        }
    }

    @Test
    void theExpectationIsWhatJekyllWrites() throws Exception {
        Path jekyllSite = dir.resolve("jekyll");
        JekyllOracle.copy(EXAMPLE.resolve("site"), jekyllSite, "");
        JekyllOracle.build(jekyllSite, dir.resolve("_site"));
        Set<String> files = new TreeSet<>(JekyllOracle.files(dir.resolve("_site")));
        assertEquals(JekyllOracle.files(EXAMPLE.resolve("jekyll")), files);
        for (String file : files) {
            assertEquals(normalised(Files.readString(EXAMPLE.resolve("jekyll").resolve(file), StandardCharsets.ISO_8859_1)),
                    normalised(Files.readString(dir.resolve("_site").resolve(file), StandardCharsets.ISO_8859_1)), file);
        }
    }

    /** The text without what names the moment of the build or the program that made it. */
    static String normalised(String text) {
        return text.replaceFirst("<updated>[^<]*</updated>", "<updated>(build time)</updated>")
                .replaceFirst("<generator[^>]*>[^<]*</generator>", "<generator>(generator)</generator>")
                .replaceFirst("<meta name=\"generator\" content=\"[^\"]*\" />", "<meta name=\"generator\" />");
    }
}
