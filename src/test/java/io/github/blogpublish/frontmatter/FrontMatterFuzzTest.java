package io.github.blogpublish.frontmatter;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Page;
import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.source.PostFileName;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz targets for what a post's author controls before rendering: the front matter split, the YAML, the
 * checks, and the URL (permalink, slug, categories) that decides where a file is written.
 * <p>
 * The property of each: bad input ends in our own problem report at the file; nothing else is thrown, and no
 * URL leads outside the output folder. {@code mvn test} replays the saved inputs under
 * {@code src/test/resources/io/github/blogpublish/frontmatter/FrontMatterFuzzTestInputs}; {@code fuzz/run}
 * fuzzes (see the README).
 */
class FrontMatterFuzzTest {

    private static final Path FILE = Path.of("/blog/src/main/blog/_posts/2022-10-01-fuzz.md");
    private static final Path OUT = Path.of("/blog/target/blog");
    private static final Set<String> LAYOUTS = Set.of("default", "post", "page", "home");
    private static final SiteConfig SITE = SiteConfig.builder(Path.of("/blog")).now(Instant.parse("2026-01-01T00:00:00Z"))
            .future(true).build();
    private static final PostReader LENIENT = new PostReader(SITE, LAYOUTS, FrontMatterSchemas.NONE);
    private static final PostReader STRICT = new PostReader(SITE.toBuilder().strictKeys(true).build(), LAYOUTS,
            FrontMatterSchemas.NONE);
    private static final PostReader.PostSource POST = new PostReader.PostSource(FILE, "_posts/2022-10-01-fuzz.md",
            Optional.of(LocalDate.of(2022, 10, 1)), "fuzz", List.of("folder"), false);
    private static final PostReader.PostSource PAGE = PostReader.PostSource.page(Path.of("/blog/src/main/blog/about.md"),
            "about.md");

    /** Bytes to text, the front matter split, and the YAML loader. */
    @FuzzTest(maxDuration = "10m")
    void frontMatter(byte[] bytes) {
        Problems problems = new Problems();
        Optional<String> text = TextDecoder.decode(FILE, bytes, problems);
        if (text.isEmpty()) {
            assertReported(problems, FILE);
            return;
        }
        Optional<FrontMatterSplitter.Split> split = FrontMatterSplitter.split(text.get());
        assertEquals(text.get().length() - split.map(FrontMatterSplitter.Split::body).orElse(text.get()).length(),
                FrontMatterSplitter.bodyStart(text.get()), "where the body starts, without making it");
        if (split.isEmpty() || !split.get().closed()) {
            return;
        }
        FrontMatterSplitter.Split s = split.get();
        assertTrue(s.bodyLine() > s.yamlLine(), "the body starts after the front matter");
        if (YamlLoader.load(FILE, s.yaml(), s.yamlLine(), problems).isEmpty()) {
            assertReported(problems, FILE);
        }
    }

    /** Every check of a post and a page, lenient and strict. */
    @FuzzTest(maxDuration = "10m")
    void validation(byte[] bytes) {
        Problems decoding = new Problems();
        Optional<String> text = TextDecoder.decode(FILE, bytes, decoding);
        if (text.isEmpty()) {
            return;
        }
        for (PostReader reader : List.of(LENIENT, STRICT)) {
            Problems problems = new Problems();
            Optional<Post> post = reader.read(POST, text.get(), problems);
            if (post.isEmpty()) {
                assertReported(problems, FILE);
            } else {
                assertFalse(problems.hasErrors(), "a post is only made when no error was found");
                assertInside(post.get().url());
            }
            Problems pageProblems = new Problems();
            Optional<Page> page = reader.readPage(PAGE, text.get(), pageProblems);
            page.ifPresent(p -> assertInside(p.url()));
        }
    }

    /**
     * The URL of a post, from a permalink (in the front matter or in {@code _config.yml}), a file name and
     * categories. Input lines: the permalink, the file name's slug, then categories.
     */
    @FuzzTest(maxDuration = "10m")
    void permalink(byte[] bytes) {
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1));
        String permalink = lines.get(0);
        String fileName = "2022-10-01-" + (lines.size() > 1 ? lines.get(1) : "post") + ".md";
        List<String> categories = lines.size() > 2 ? lines.subList(2, lines.size()) : List.of();
        Optional<PostFileName> name = PostFileName.parse(fileName);
        if (name.isEmpty()) {
            return;
        }
        PostReader.PostSource source = new PostReader.PostSource(FILE.resolveSibling("x.md"), "_posts/x.md",
                Optional.of(name.get().date()), name.get().slug(), List.of(), false);
        StringBuilder categoryList = new StringBuilder("[");
        categories.forEach(c -> categoryList.append(categoryList.length() > 1 ? ", " : "").append(quoted(c)));
        categoryList.append(']');

        // The permalink in the front matter.
        String inFrontMatter = "---\ntitle: t\npermalink: " + quoted(permalink) + "\ncategories: " + categoryList + "\n---\n";
        check(LENIENT, source, inFrontMatter);
        // The same pattern as the site's permalink style.
        SiteConfig styled = SITE.toBuilder().site("permalink", permalink).build();
        check(new PostReader(styled, LAYOUTS, FrontMatterSchemas.NONE), source,
                "---\ntitle: t\ncategories: " + categoryList + "\n---\n");
        // And for a page whose path is the slug line.
        String pagePath = (lines.size() > 1 ? lines.get(1) : "page") + ".md";
        Problems problems = new Problems();
        new PostReader(styled, LAYOUTS, FrontMatterSchemas.NONE)
                .readPage(PostReader.PostSource.page(FILE.resolveSibling("p.md"), pagePath), "---\ntitle: t\n---\n", problems)
                .ifPresent(p -> assertInside(p.url()));
    }

    private static void check(PostReader reader, PostReader.PostSource source, String text) {
        Problems problems = new Problems();
        Optional<Post> post = reader.read(source, text, problems);
        if (post.isPresent()) {
            assertInside(post.get().url());
        } else {
            assertReported(problems, source.file());
        }
    }

    /** A YAML double-quoted scalar holding exactly {@code value}. */
    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0xfeff || c >= 0xd800 && c < 0xe000
                    || c == 0xfffe || c == 0xffff) {
                out.append(String.format("\\u%04x", c & 0xffff));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    /** The URL maps to a file inside the output folder, and is already in its normal form. */
    private static void assertInside(String url) {
        assertEquals(url, Permalink.normalize(url), "URLs are normalised when made");
        Path written = OUT.resolve(Permalink.outputPath(url)).normalize();
        assertTrue(written.startsWith(OUT) && !written.equals(OUT), url + " is written at " + written);
    }

    /** Failure came with at least one error of our own, located at the file. */
    private static void assertReported(Problems problems, Path file) {
        List<Problem> errors = new ArrayList<>(problems.sorted());
        errors.removeIf(p -> !p.isError());
        assertFalse(errors.isEmpty(), "a refused file is reported");
        errors.forEach(p -> assertEquals(file, p.location().file(), "reported at the file itself"));
        errors.forEach(p -> assertFalse(p.message().isBlank() || p.hint().isBlank(), "every error says what to do"));
    }
}
