package io.github.blogpublish.publish;

import io.github.blogpublish.problem.SiteBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryPublisherTest {

    @TempDir
    Path dir;

    private Path project;
    private DirectoryPublisher publisher;

    private Path site() throws Exception {
        project = dir.resolve("project");
        Path site = project.resolve("target/blog");
        Files.createDirectories(site.resolve("2022"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.writeString(site.resolve("2022/post.html"), "post");
        Files.createDirectories(project.resolve("src/main/blog"));
        publisher = new DirectoryPublisher(project, project.resolve("src/main/blog"));
        return site;
    }

    @Test
    void replacesAPreviouslyPublishedFolderWhole() throws Exception {
        Path site = site();
        Path target = dir.resolve("www");
        Files.createDirectories(target);
        Files.writeString(target.resolve("index.html"), "old home");
        Files.writeString(target.resolve("stale.html"), "stale");

        assertEquals(2, publisher.publish(site, target));

        assertEquals("home", Files.readString(target.resolve("index.html")));
        assertEquals("post", Files.readString(target.resolve("2022/post.html")));
        assertFalse(Files.exists(target.resolve("stale.html")));
        assertFalse(Files.exists(dir.resolve("www.staging")));
        assertFalse(Files.exists(dir.resolve("www.previous")));
    }

    @Test
    void refusesAFolderThatIsNotAPublishedSite() throws Exception {
        Path site = site();
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        Files.writeString(home.resolve("thesis.tex"), "precious");
        SiteBuildException e = assertThrows(SiteBuildException.class, () -> publisher.publish(site, home));
        assertTrue(e.problems().get(0).message().contains("so it is not a site this plugin wrote"));
        assertEquals("precious", Files.readString(home.resolve("thesis.tex")));
    }

    @Test
    void refusesTheProjectItsParentsAndTheSiteItself() throws Exception {
        Path site = site();
        for (Path target : new Path[] {project, dir, project.resolve("src/main/blog/out"), site, project.resolve("target")}) {
            assertThrows(SiteBuildException.class, () -> publisher.publish(site, target), target.toString());
        }
        assertTrue(Files.exists(site.resolve("index.html")));
    }
}
