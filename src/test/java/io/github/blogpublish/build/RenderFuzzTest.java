package io.github.blogpublish.build;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.blogpublish.markdown.MarkdownRenderer;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.template.LiquidData;
import io.github.blogpublish.template.SiteModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz targets for rendering a post's body: its Liquid (tags, filters, includes, {@code include_relative},
 * {@code post_url}) against a small real site, and its Markdown. The property: a failure is our own problem at
 * the post, nothing else is thrown, and nothing outside the source folder is ever read into the page.
 * {@code mvn test} replays the saved inputs under
 * {@code src/test/resources/io/github/blogpublish/build/RenderFuzzTestInputs}; {@code fuzz/run} fuzzes.
 */
class RenderFuzzTest {

    /** Lies next to the source folder; include_relative must never bring it into a page. */
    private static final String SECRET = "SECRET-OUTSIDE-THE-SOURCE-FOLDER";

    private static Path project;
    private static ValidatedSite site;
    private static SiteModel model;
    private static Post post;
    private static Map<String, Object> postData;
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @BeforeAll
    static void makeSite() throws Exception {
        project = Files.createTempDirectory("render-fuzz");
        TestSite test = new TestSite(project)
                .file("_includes/note.html", "<aside>{{ include.text | escape }}</aside>")
                .file("_includes/list.html", "{% for p in site.posts %}<li>{{ p.title }}</li>{% endfor %}")
                .file("_data/authors.yml", "kim: {name: 김철수}\n")
                .file("parts/part.md", "Included *part*\n")
                .file("_posts/2022-10-01-first.md", "---\ntitle: First\ntags: [a, b]\n---\nFirst post\n")
                .file("_posts/2022-10-02-second.md", "---\ntitle: 두 번째\ncategories: [일상]\n---\nSecond\n")
                .file("about.md", "---\ntitle: About\n---\nAbout\n");
        Files.writeString(test.source().resolveSibling("secret.txt"), SECRET);
        site = new SiteBuilder(test.config().brokenLinksWarn(true).unknownLiquidWarns(true).build()).validate();
        post = site.posts().get(0);
        postData = LiquidData.post(post);
        List<Map<String, Object>> all = site.posts().stream().map(LiquidData::post).toList();
        model = new SiteModel(LiquidData.site(site.config(), all, site.data()), site.links(), MARKDOWN::toHtml,
                new SourceReader(site.config().sourceDirectory()));
    }

    @AfterAll
    static void removeSite() throws Exception {
        try (Stream<Path> files = Files.walk(project)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The Liquid of a post body: checked as the validate stage does, then rendered as the render stage does. */
    @FuzzTest(maxDuration = "10m")
    void liquidBody(byte[] bytes) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        Problems checked = new Problems();
        site.layouts().checkBody(post.source(), post.relativePath(), body, post.bodyLine(), site.links(), true,
                new SourceReader(site.config().sourceDirectory()), checked);
        assertLocated(checked);
        Problems problems = new Problems();
        Optional<String> html = site.layouts().renderBody(post.source(), body, post.bodyLine(), postData, model, problems);
        if (html.isEmpty()) {
            assertTrue(problems.hasErrors(), "a failed render is reported");
        } else {
            assertFalse(html.get().contains(SECRET) && !body.contains(SECRET), "a file outside the source was read");
        }
        assertLocated(problems);
    }

    /** Markdown to HTML, with code highlighting, footnotes, tables and the excerpt. */
    @FuzzTest(maxDuration = "10m")
    void markdown(byte[] bytes) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        assertNotNull(MARKDOWN.toHtml(body));
        RenderedPost rendered = MARKDOWN.render(post, body, "<!--more-->");
        assertNotNull(rendered.content());
        assertTrue(rendered.content().length() <= 64L * body.length() + 1024, "output stays proportional to input");
    }

    private static void assertLocated(Problems problems) {
        for (Problem problem : problems.sorted()) {
            assertEquals(post.source(), problem.location().file(), "reported at the post: " + problem);
            assertFalse(problem.hint().isBlank(), "says what to do: " + problem);
        }
    }
}
