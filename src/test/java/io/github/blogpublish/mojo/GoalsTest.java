package io.github.blogpublish.mojo;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each goal built by hand with its fields set, as Maven would: parameters in, behaviour out. */
class GoalsTest {

    @TempDir
    Path dir;

    private final List<String> attached = new ArrayList<>();

    private <T extends AbstractSiteMojo> T configure(T mojo, String packaging) {
        MavenProject project = new MavenProject();
        project.setGroupId("demo");
        project.setArtifactId("blog");
        project.setVersion("1.0");
        project.setPackaging(packaging);
        project.setFile(dir.resolve("pom.xml").toFile());
        project.setArtifact(new DefaultArtifact("demo", "blog", "1.0", null, packaging, null,
                new DefaultArtifactHandler(packaging)));
        mojo.project = project;
        mojo.sourceDirectory = dir.resolve("src/main/blog").toFile();
        mojo.outputDirectory = dir.resolve("target/blog").toFile();
        mojo.archive = dir.resolve("target/blog-1.0.zip").toFile();
        return mojo;
    }

    private void post(String name, String text) throws Exception {
        Path file = dir.resolve("src/main/blog/_posts").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private PackageMojo packageMojo(String packaging) {
        MavenProjectHelper helper = (MavenProjectHelper) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {MavenProjectHelper.class}, (proxy, method, args) -> {
                    if (method.getName().equals("attachArtifact") && args.length == 4) {
                        attached.add(args[1] + ":" + args[2] + ":" + ((File) args[3]).getName());
                    }
                    return null;
                });
        return configure(new PackageMojo(helper), packaging);
    }

    @Test
    void goalsRunInLifecycleOrderAndProduceSiteAndZip() throws Exception {
        post("2022-10-01-a.md", "---\ntitle: A\n---\nhello\n");
        configure(new ValidateMojo(), "pom").execute();
        configure(new RenderMojo(), "pom").execute();
        PackageMojo pack = packageMojo("pom");
        pack.execute();
        configure(new PublishMojo(), "pom").execute();

        assertTrue(Files.exists(dir.resolve("target/blog/2022/10/01/a.html")));
        try (ZipFile zip = new ZipFile(dir.resolve("target/blog-1.0.zip").toFile())) {
            assertTrue(zip.getEntry("2022/10/01/a.html") != null);
            assertTrue(zip.getEntry("index.html") != null);
        }
        assertEquals(List.of("zip:site:blog-1.0.zip"), attached, "attached with classifier site under pom packaging");
    }

    @Test
    void blogPackagingMakesTheZipTheMainArtifact() throws Exception {
        post("2022-10-01-a.md", "---\ntitle: A\n---\nhello\n");
        configure(new RenderMojo(), "blog").execute();
        PackageMojo pack = packageMojo("blog");
        pack.execute();
        Artifact artifact = pack.project.getArtifact();
        assertEquals(dir.resolve("target/blog-1.0.zip").toFile(), artifact.getFile());
        assertEquals(List.of(), attached);
    }

    @Test
    void badFrontMatterFailsWithEveryProblemAndItsHint() throws Exception {
        post("2022-10-01-a.md", "---\nlayout: post\n---\n");
        post("2022-10-02-b.md", "---\ntitle: yes\n---\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> configure(new ValidateMojo(), "pom").execute());
        String nl = System.lineSeparator();
        assertEquals("Blog validation failed: 2 errors in 2 files (1 missing-title, 1 title-type)" + nl
                + "src/main/blog/_posts/2022-10-01-a.md:1:1: error: missing required key 'title'"
                + " (Jekyll takes it from the file name: A) [missing-title]" + nl
                + "    hint: add a line to the front matter: title: \"A\"" + nl
                + "src/main/blog/_posts/2022-10-02-b.md:2:8: error: 'title' must be text, but YAML reads yes as a boolean"
                + " [title-type]" + nl
                + "    hint: quote it: title: \"yes\"", e.getMessage());
    }

    @Test
    void renderReusesTheSiteThatValidateChecked() throws Exception {
        post("2022-10-01-a.md", "---\ntitle: A\n---\nhello\n");
        ValidateMojo validate = configure(new ValidateMojo(), "pom");
        validate.execute();
        RenderMojo render = configure(new RenderMojo(), "pom");
        render.project = validate.project;
        // The source changes after validation; render must use what validate checked, once.
        post("2022-10-01-a.md", "---\ntitle: Changed\n---\nhello\n");
        render.execute();
        assertTrue(Files.readString(dir.resolve("target/blog/2022/10/01/a.html")).contains("<h1>A</h1>"));
        assertTrue(render.takeValidated().isEmpty(), "handed over once only");
    }

    @Test
    void skipAndMissingSourcesDoNothing() throws Exception {
        ValidateMojo noSources = configure(new ValidateMojo(), "pom");
        assertTrue(noSources.skipped());
        assertSame(Boolean.TRUE, noSources.project.getContextValue("io.github.blogpublish.skipReported"));

        post("2022-10-01-a.md", "---\ntitle: A\n---\nhello\n");
        RenderMojo render = configure(new RenderMojo(), "pom");
        render.skip = true;
        render.execute();
        assertFalse(Files.exists(dir.resolve("target/blog")));
    }

    @Test
    void packageWithoutARenderedSiteSaysWhatToRun() throws Exception {
        post("2022-10-01-a.md", "---\ntitle: A\n---\nhello\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> packageMojo("pom").execute());
        assertTrue(e.getMessage().startsWith("No rendered site in target/blog"), e.getMessage());
    }

    @Test
    void anUnknownTimezoneParameterIsExplained() throws Exception {
        post("2022-10-01-a.md", "---\ntitle: A\n---\nhello\n");
        ValidateMojo validate = configure(new ValidateMojo(), "pom");
        validate.timezone = "Seoul";
        MojoFailureException e = assertThrows(MojoFailureException.class, validate::execute);
        assertTrue(e.getMessage().contains("Asia/Seoul"), e.getMessage());
    }

    @Test
    void failOnWarningsTurnsWarningsIntoFailure() throws Exception {
        post("2022-10-01-a.md", "---\ntitle: A\ndate: 2022-10-02\n---\nhello\n");
        ValidateMojo validate = configure(new ValidateMojo(), "pom");
        validate.execute();
        validate.failOnWarnings = true;
        MojoFailureException e = assertThrows(MojoFailureException.class, validate::execute);
        assertEquals("1 warning (listed above) and blog.failOnWarnings is true", e.getMessage());
    }

    @Test
    void publishReplacesTheConfiguredFolder() throws Exception {
        post("2022-10-01-a.md", "---\ntitle: A\n---\nhello\n");
        configure(new RenderMojo(), "pom").execute();
        PublishMojo publish = configure(new PublishMojo(), "pom");
        publish.publishDirectory = dir.resolve("www").toFile();
        publish.execute();
        assertTrue(Files.exists(dir.resolve("www/2022/10/01/a.html")));
    }
}
