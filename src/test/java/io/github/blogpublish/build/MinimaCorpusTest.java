package io.github.blogpublish.build;

import io.github.blogpublish.Corpus;
import io.github.blogpublish.config.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jekyll's default theme, minima (its demo site in the corpus), built unchanged under the {@code jekyll} profile:
 * its {@code assets/css/style.scss} (Liquid picking the skin, then {@code @import} of {@code _sass/minima}) is
 * compiled, and the CSS equals Jekyll 4.3's for the same site once whitespace is normalised; every page is where
 * Jekyll writes it. Jekyll here is Debian's, whose {@code jekyll-sass-converter} 2.2 compiles with sassc (LibSass)
 * in its {@code compact} style; we compile with Dart Sass in {@code expanded}, Jekyll's default with Dart Sass (the
 * {@code sass-embedded} of a gem install), so the layout differs and so does the notation of a few values, which
 * {@link #normalised} lists.
 */
class MinimaCorpusTest {

    @TempDir
    Path dir;

    @Test
    void minimaBuildsUnchangedWithJekyllsStylesheetAndPages() throws Exception {
        Path minima = Corpus.require("minima");
        Path site = dir.resolve("minima");
        JekyllOracle.copy(minima, site, "");
        SiteConfig config = SiteConfig.builder(site).now(Instant.parse("2026-01-01T00:00:00Z")).sourceDirectory(site)
                .outputDirectory(dir.resolve("target/blog")).profile("jekyll").build();
        new SiteBuilder(config).build();
        Path ours = dir.resolve("target/blog");
        String css = Files.readString(ours.resolve("assets/css/style.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains(".site-header"), "minima's layout styles are in the CSS");

        // The demo's Gemfile names jekyll-feed and jekyll-seo-tag; Jekyll needs them in its settings.
        Path plugins = Files.writeString(dir.resolve("plugins.yml"), "plugins:\n  - jekyll-feed\n  - jekyll-seo-tag\n");
        Path jekyll = dir.resolve("jekyll");
        JekyllOracle.build(site, jekyll, List.of(plugins));
        assertEquals(normalised(Files.readString(jekyll.resolve("assets/css/style.css"), StandardCharsets.UTF_8)),
                normalised(css));
        Set<String> missing = new TreeSet<>(JekyllOracle.files(jekyll));
        missing.removeAll(JekyllOracle.files(ours));
        assertEquals(Set.of("assets/css/style.css.map"), missing, "every file Jekyll writes but its source map");
    }

    /**
     * CSS without its layout (whitespace and comments) and without the notation in which LibSass and Dart Sass
     * write the same value differently: Dart Sass keeps fractions of a colour's channels ({@code darken(#414141,
     * 0%)} gives {@code rgb(65.25, 65.25, 65.25)}) where LibSass rounds to hex ({@code #414141}), so colours are
     * compared at 8 bits a channel; Dart Sass leaves out the quotes of an attribute value that is a name
     * ({@code [for=nav-trigger]}) and the parentheses around a product in {@code calc()}; declarations that follow
     * a nested rule, which LibSass moves up into their rule and Dart Sass writes as a second rule of the same
     * selector after the nested one (minima 2.5's {@code .page-link}).
     */
    static String normalised(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("\\s+", " ")
                .replaceAll(" ?([{};:,>]) ?", "$1")
                .replace(";}", "}")
                .replaceAll("\\[([\\w-]+)=\"([A-Za-z_][\\w-]*)\"]", "[$1=$2]")
                .replaceAll("\\((\\d[\\w.%]*) ([*/]) (\\d[\\w.%]*)\\)", "$1 $2 $3")
                .replaceAll("(?<=[{}])([^{}@]+)\\{([^{}]*)}((?:\\1[^{}]+\\{[^{}]*})+)\\1\\{([^{}]*)}", "$1{$2;$4}$3")
                .strip();
        java.util.regex.Matcher rgb = java.util.regex.Pattern.compile("rgb\\(([\\d.]+),([\\d.]+),([\\d.]+)\\)")
                .matcher(text);
        return rgb.replaceAll(m -> String.format(java.util.Locale.ROOT, "#%02x%02x%02x",
                Math.round(Double.parseDouble(m.group(1))), Math.round(Double.parseDouble(m.group(2))),
                Math.round(Double.parseDouble(m.group(3)))));
    }
}
