package io.github.blogpublish.build;

import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.SiteBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Files that try to exhaust memory or smuggle code: each fails with our own report and writes nothing. */
class HostileInputTest {

    @TempDir
    Path dir;

    private List<Problem> failWith(TestSite site) throws Exception {
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(p -> !p.startsWith(site.source()) && Files.isRegularFile(p)).toList(),
                    "nothing is written");
        }
        return e.problems();
    }

    @Test
    void aFiftyMegabyteValueIsRefusedUnread() throws Exception {
        TestSite site = new TestSite(dir);
        Path post = site.source().resolve("_posts/2022-10-01-huge.md");
        Files.createDirectories(post.getParent());
        try (OutputStream out = Files.newOutputStream(post)) {
            out.write("---\ntitle: Huge\nx: ".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write("\n---\nbody\n".getBytes(StandardCharsets.UTF_8));
        }
        List<Problem> problems = failWith(site);
        assertEquals("the file is 50 MB; the limit is 10 MB", problems.get(0).message());
    }

    @Test
    void frontMatterOverTheSizeLimitIsRefusedBeforeParsing() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_posts/2022-10-01-big.md", "---\ntitle: Big\nx: \"" + "가".repeat(300_000) + "\"\n---\nbody\n");
        List<Problem> problems = failWith(site);
        assertEquals("the YAML block is 292 KB; the limit is 256 KB", problems.get(0).message());
    }

    @Test
    void javaTagsLoadNothing() throws Exception {
        TestSite site = new TestSite(dir)
                .file("_posts/2022-10-01-tag.md", "---\ntitle: !!java.io.FileOutputStream [\"" + dir.resolve("pwned") + "\"]\n---\n")
                .file("_posts/2022-10-02-local.md", "---\ntitle: Local\nx: !custom thing\n---\n");
        List<Problem> problems = failWith(site);
        assertEquals("the YAML tag !!java.io.FileOutputStream is not allowed", problems.get(0).message());
        assertEquals("the YAML tag !custom is not allowed", problems.get(1).message());
    }

    @Test
    void aliasBombsAndDeepNestingFailFast() throws Exception {
        StringBuilder bomb = new StringBuilder("---\ntitle: Bomb\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) {
                bomb.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        TestSite site = new TestSite(dir)
                .file("_posts/2022-10-01-bomb.md", bomb + "---\n")
                .file("_posts/2022-10-02-deep.md", "---\ntitle: Deep\nx: " + "{a: ".repeat(500) + "1" + "}".repeat(500) + "\n---\n");
        List<Problem> problems = failWith(site);
        assertEquals(2, problems.size());
        assertEquals("YAML cannot be loaded: Number of aliases for non-scalar nodes exceeds the specified max=50",
                problems.get(0).message());
        assertEquals("YAML cannot be loaded: Nesting Depth exceeded max 50", problems.get(1).message());
    }
}
