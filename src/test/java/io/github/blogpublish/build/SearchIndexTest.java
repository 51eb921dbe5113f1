package io.github.blogpublish.build;

import io.github.blogpublish.cache.BuildCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in search index is made without its Liquid template, entry by entry: it must be the same bytes the
 * template gives, which a site gets by copying the template into its own {@code _layouts}.
 */
class SearchIndexTest {

    @TempDir
    Path dir;

    private static final String[] TITLES = {"평범한 제목", "Quotes \" and \\ backslash", "Tab\tand <b>tag</b> & amp",
        "이모지 😀 and \u2028 line separator", "  spaced  ", "123", "null", "Ünïcödé"};

    private TestSite site(String name, boolean ownTemplate, String config) throws Exception {
        TestSite site = new TestSite(dir.resolve(name)).file("_config.yml", config);
        for (int i = 0; i < 40; i++) {
            String title = TITLES[i % TITLES.length];
            String tags = i % 3 == 0 ? "" : "tags: [t" + i % 4 + ", \"태그 " + i % 2 + "\"]\n";
            StringBuilder body = new StringBuilder("## 제목 " + i + "\n\n");
            for (int k = 0; k < i % 7; k++) {
                body.append("문단 ").append(k).append(" with *emphasis*, `code` and a [link](https://example.com/x).\n\n");
            }
            if (i % 5 == 0) {
                body.append("<script>var x = \"</p>\";</script>\n\n<!-- a comment -->\n\n```java\nint a = 1 < 2 ? 3 : 4;\n```\n");
            }
            if (i % 4 == 0) {
                body.append("긴 글 ".repeat(400)).append('\n');
            }
            site.file(String.format("_posts/2023-%02d-%02d-post-%d.md", 1 + i % 12, 1 + i % 28, i),
                    "---\ntitle: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t")
                            .replace("\u2028", "\\L") + "\"\n" + tags + "---\n" + body);
        }
        site.file("about.md", "---\ntitle: About\n---\nAbout\n");
        if (ownTemplate) {
            try (var in = SearchIndexTest.class.getResourceAsStream("/io/github/blogpublish/theme/_layouts/search.json")) {
                site.file("_layouts/search.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return site;
    }

    private String searchJson(boolean ownTemplate, String config, boolean incremental) throws Exception {
        TestSite site = site((ownTemplate ? "liquid" : "native") + Math.abs(config.hashCode()) + incremental, ownTemplate,
                config);
        new SiteBuilder(site.config().build(), incremental ? new BuildCache() : io.github.blogpublish.cache.SiteCache.NONE).build();
        return Files.readString(site.output().resolve("search.json"), StandardCharsets.UTF_8);
    }

    @Test
    void theBuiltInIndexEqualsWhatItsTemplateGives() throws Exception {
        for (String config : new String[] {"title: S\n", "title: S\nbaseurl: /blog\ntimezone: Asia/Seoul\n"}) {
            String liquid = searchJson(true, config, false);
            assertTrue(liquid.contains("평범한 제목") && liquid.startsWith("[\n{\"title\":"), liquid);
            assertEquals(liquid, searchJson(false, config, false), config);
            assertEquals(liquid, searchJson(false, config, true), "with entries kept for the next build: " + config);
        }
    }

    @Test
    void anEmptyBlogHasAnEmptyIndex() throws Exception {
        TestSite site = new TestSite(dir.resolve("empty")).file("_config.yml", "title: E\n").file("about.md", "---\ntitle: A\n---\nA\n");
        site.build();
        TestSite liquid = new TestSite(dir.resolve("empty-liquid")).file("_config.yml", "title: E\n")
                .file("about.md", "---\ntitle: A\n---\nA\n");
        try (var in = SearchIndexTest.class.getResourceAsStream("/io/github/blogpublish/theme/_layouts/search.json")) {
            liquid.file("_layouts/search.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        liquid.build();
        assertEquals(liquid.read("search.json"), site.read("search.json"));
        assertEquals("[\n]\n", site.read("search.json"));
    }
}
