package io.github.blogpublish.build;

import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.SiteBuildException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of path a build makes from content or configuration stays in its folder: what tries to leave is
 * refused with an error, or skipped with a warning, and no file appears outside {@code target/blog}. (Publish
 * targets: {@code DirectoryPublisherTest}; the dev server's URLs: {@code PreviewServerTest}.)
 */
class ConfinementTest {

    private static final String SECRET = "SECRET-OUTSIDE";

    @TempDir
    Path dir;
    private Path project;
    private Path outside;
    private Map<Path, String> before;

    @BeforeEach
    void setUp() throws IOException {
        project = dir.resolve("blog");
        outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.txt"), SECRET);
        Files.writeString(outside.resolve("_config.yml"), "title: " + SECRET + "\n");
        Files.writeString(outside.resolve("secret.yml"), "value: " + SECRET + "\n");
        Files.writeString(outside.resolve("evil.html"), "<p>" + SECRET + "</p>{{ content }}");
    }

    private TestSite site() throws IOException {
        return new TestSite(project).file("_posts/2022-10-01-hello.md", "---\ntitle: Hello\n---\nHello\n");
    }

    /** The problems of a build that fails. */
    private List<String> errors(TestSite site) throws Exception {
        snapshot();
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        assertNothingOutside(site);
        return e.problems().stream().map(p -> p.location().display(project) + " " + p.message()).toList();
    }

    /** The warnings of a build that succeeds. */
    private List<String> warnings(TestSite site) throws Exception {
        snapshot();
        BuildResult result = site.build();
        assertNothingOutside(site);
        return result.warnings().stream().map(p -> p.location().display(project) + " " + p.message()).toList();
    }

    private void snapshot() throws IOException {
        before = files(dir, null);
    }

    /** Files changed or created anywhere but target/blog (and the build reports): none; no page holds the secret. */
    private void assertNothingOutside(TestSite site) throws IOException {
        Map<Path, String> after = files(dir, site.output());
        after.keySet().removeIf(p -> p.startsWith(project.resolve("target/blog-reports")) || p.startsWith(project.resolve("target/.blog")));
        Map<Path, String> was = new TreeMap<>(before);
        was.keySet().removeIf(p -> p.startsWith(site.output()));
        assertEquals(was, after, "no file is created or changed outside target/blog");
        if (Files.isDirectory(site.output())) {
            for (Map.Entry<Path, String> page : files(site.output(), null).entrySet()) {
                assertFalse(page.getValue().contains(SECRET), page.getKey() + " holds text from outside the source folder");
            }
        }
    }

    private static Map<Path, String> files(Path root, Path skip) throws IOException {
        Map<Path, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (skip == null || !p.startsWith(skip)) {
                    out.put(p, Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }

    @Test
    void aPermalinkThatClimbsIsAnError() throws Exception {
        TestSite site = site().file("_posts/2022-10-02-up.md", "---\ntitle: Up\npermalink: /../../../outside/x.html\n---\n")
                .file("_posts/2022-10-03-encoded.md", "---\ntitle: Enc\npermalink: /%2e%2e/x/\n---\n")
                .file("about.md", "---\ntitle: About\npermalink: ../about/\n---\n");
        assertEquals(List.of(
                "src/main/blog/_posts/2022-10-02-up.md:3:12 'permalink' must not contain '..' segments",
                "src/main/blog/_posts/2022-10-03-encoded.md:3:12 'permalink' must not contain encoded dots (%2e)",
                "src/main/blog/about.md:3:12 'permalink' must start with /"), errors(site));
    }

    @Test
    void aPermalinkStyleInTheConfigurationThatClimbsIsAnErrorAtEachPost() throws Exception {
        TestSite site = site().file("_config.yml", "permalink: /../:title/\n");
        List<String> errors = errors(site);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("src/main/blog/_posts/2022-10-01-hello.md the post's URL cannot be built"),
                errors.get(0));
    }

    @Test
    void slugsAndFileNamesBecomeOneSafeSegment() throws Exception {
        TestSite site = site().file("_posts/2022-10-02-dots.md", "---\ntitle: Dots\nslug: ../../../outside/x\n---\n")
                .file("_posts/2022-10-03-...md", "---\ntitle: Only dots\n---\n");
        assertEquals(List.of(), warnings(site));
        assertTrue(Files.isRegularFile(site.output().resolve("2022/10/02/..-..-..-outside-x.html")),
                "the slug stays one segment inside the site");
        assertTrue(Files.isRegularFile(site.output().resolve("2022/10/03/--.html")), "a slug of dots is no '..'");
    }

    @Test
    void categoriesThatClimbAreAnError() throws Exception {
        TestSite site = site().file("_posts/2022-10-02-cat.md", "---\ntitle: Cat\ncategories: [\"..\", \"..\"]\n---\n")
                .file("_posts/2022-10-03-back.md", "---\ntitle: Back\ncategory: \"a\\\\..\\\\b\"\n---\n");
        List<String> errors = errors(site);
        assertEquals(2, errors.size(), errors.toString());
        errors.forEach(e -> assertTrue(e.contains("the post's URL cannot be built"), e));
    }

    @Test
    void aLayoutOrIncludeNamedOutsideIsNotFound() throws Exception {
        TestSite site = site().file("_posts/2022-10-02-layout.md", "---\ntitle: L\nlayout: ../../../outside/evil\n---\n")
                .file("_posts/2022-10-03-include.md", "---\ntitle: I\n---\n{% include ../../../outside/evil.html %}\n");
        List<String> errors = errors(site);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("src/main/blog/_posts/2022-10-02-layout.md:3:9 unknown layout"), errors.get(0));
        assertTrue(errors.get(1).startsWith("src/main/blog/_posts/2022-10-03-include.md:4"), errors.get(1));
    }

    @Test
    void includeRelativeThatLeavesIsAnError() throws Exception {
        TestSite site = site().file("_posts/2022-10-02-rel.md", "---\ntitle: R\n---\n{% include_relative ../../../outside/secret.txt %}\n");
        assertEquals(List.of("src/main/blog/_posts/2022-10-02-rel.md:4 {% include_relative ../../../outside/secret.txt %} "
                + "leads out of the source folder"), errors(site));
    }

    @Test
    void linksOutOfTheSourceFolderAreSkippedWithAWarningWhateverTheyAre() throws Exception {
        TestSite site = site().file("_layouts/.keep", "").file("_includes/.keep", "").file("_data/.keep", "")
                .file("assets/.keep", "");
        Path source = site.source();
        Files.createSymbolicLink(source.resolve("_config.yml"), outside.resolve("_config.yml"));
        Files.createSymbolicLink(source.resolve("_posts/2022-10-02-linked.md"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(source.resolve("_layouts/evil.html"), outside.resolve("evil.html"));
        Files.createSymbolicLink(source.resolve("_includes/evil.html"), outside.resolve("evil.html"));
        Files.createSymbolicLink(source.resolve("_data/secret.yml"), outside.resolve("secret.yml"));
        Files.createSymbolicLink(source.resolve("assets/secret.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(source.resolve("leak"), outside);
        assertEquals(List.of(
                "src/main/blog/_config.yml this link points outside the source folder and is ignored",
                "src/main/blog/_data/secret.yml this link points outside the source folder and is ignored",
                "src/main/blog/_includes/evil.html this link points outside the source folder and is ignored",
                "src/main/blog/_layouts/evil.html this link points outside the source folder and is ignored",
                "src/main/blog/_posts/2022-10-02-linked.md this link points outside the source folder and is ignored",
                "src/main/blog/assets/secret.txt this link points outside the source folder and is ignored",
                "src/main/blog/leak this link points outside the source folder and is ignored"), warnings(site));
        assertFalse(Files.exists(site.output().resolve("leak")));
        assertFalse(Files.exists(site.output().resolve("assets/secret.txt")));
    }

    @Test
    void theOutputFolderMayNotHoldOrOverwriteWhatIsNotASite() throws Exception {
        TestSite site = site().file("assets/app.css", "body {}");
        Files.createDirectories(project.resolve("src/main/java"));
        Files.writeString(project.resolve("src/main/java/App.java"), "class App {}");
        Map<Path, String> reasons = Map.of(
                site.source(), "it contains the project or its sources, which would be deleted",
                project, "it contains the project or its sources, which would be deleted",
                site.source().resolve("assets"), "it lies inside the blog sources",
                project.resolve("src/main/java"), "it already holds files and no index.html, so it is not a site this plugin wrote",
                project.resolve("src/main/java/App.java"), "it is a file, not a folder");
        snapshot();
        for (Map.Entry<Path, String> refused : reasons.entrySet()) {
            SiteBuildException e = assertThrows(SiteBuildException.class,
                    () -> new SiteBuilder(site.config().outputDirectory(refused.getKey()).build()).build());
            Problem problem = e.problems().get(0);
            assertEquals(refused.getKey(), problem.location().file());
            assertEquals("refusing to write the site to this folder: " + refused.getValue(), problem.message());
        }
        assertEquals(before, files(dir, null), "nothing is written or deleted");
    }

    @Test
    void aJekyllShapedProjectWritesItsSiteIntoTargetButNowhereElseInsideItsSources() throws Exception {
        // Sources in the project folder, as `jekyll new` makes them: target/ is left out of the scan, as _site is.
        Files.createDirectories(project);
        Files.writeString(project.resolve("index.md"), "---\ntitle: Home\n---\nHello.\n");
        Files.createDirectories(project.resolve("assets"));
        Files.writeString(project.resolve("assets/app.css"), "body {}");
        io.github.blogpublish.config.SiteConfigBuilder config = io.github.blogpublish.config.SiteConfig.builder(project)
                .sourceDirectory(project);
        new SiteBuilder(config.outputDirectory(project.resolve("target/blog")).build()).build();
        assertTrue(Files.isRegularFile(project.resolve("target/blog/index.html")));
        assertFalse(Files.exists(project.resolve("target/blog/target")), "the site is not a source of itself");
        SiteBuildException e = assertThrows(SiteBuildException.class,
                () -> new SiteBuilder(config.outputDirectory(project.resolve("assets")).build()).build());
        assertEquals("refusing to write the site to this folder: it lies inside the blog sources",
                e.problems().get(0).message());
        assertEquals("body {}", Files.readString(project.resolve("assets/app.css")));
    }
}
