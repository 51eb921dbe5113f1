package io.github.blogpublish.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site is the same, byte for byte, with one thread or many, and builds running side by side share nothing. */
class ParallelBuildTest {

    @TempDir
    Path dir;

    /** A site of {@code n} posts with tags, categories, Hangul, code, tables, footnotes, includes and post links. */
    private TestSite site(String name, int n) throws Exception {
        TestSite site = new TestSite(dir.resolve(name))
                .file("_config.yml", "title: " + name + "\nurl: https://example.com\npaginate: 7\n")
                .file("_includes/note.html", "<aside>{{ include.text }} ({{ site.posts | size }})</aside>")
                .file("about.md", "---\ntitle: About\n---\n{% for p in site.posts limit:3 %}- {{ p.title }}\n{% endfor %}");
        for (int i = 0; i < n; i++) {
            String date = String.format("2022-%02d-%02d", 1 + i % 12, 1 + i % 28);
            StringBuilder body = new StringBuilder("## 제목 " + i + "\n\n한국어 문장과 English text, 번호 " + i + ".[^" + i + "]\n\n");
            body.append("| a | b |\n|---|---|\n| ").append(i).append(" | 값 |\n\n");
            body.append("```java\nclass P").append(i).append(" { int x = ").append(i).append("; }\n```\n\n");
            body.append("{% include note.html text=\"note ").append(i).append("\" %}\n\n");
            if (i > 0) {
                String prev = String.format("2022-%02d-%02d", 1 + (i - 1) % 12, 1 + (i - 1) % 28);
                body.append("[previous]({% post_url ").append(prev).append("-post-").append(i - 1).append(" %})\n\n");
            }
            body.append("[^").append(i).append("]: 각주 ").append(i).append("\n");
            site.file("_posts/" + date + "-post-" + i + ".md", "---\ntitle: 글 " + i + "\ntags: [t" + i % 5 + ", 태그" + i % 3
                    + "]\ncategories: [c" + i % 4 + "]\n---\n" + body);
        }
        return site;
    }

    private Map<String, byte[]> build(TestSite site, int threads, String output) throws Exception {
        Path out = site.project().resolve(output);
        new SiteBuilder(site.config().threads(threads).outputDirectory(out).build()).build();
        return TestSite.files(out);
    }

    @Test
    void oneThreadAndManyGiveTheSameBytes() throws Exception {
        TestSite site = site("blog", 300);
        Map<String, byte[]> one = build(site, 1, "target/one");
        Map<String, byte[]> many = build(site, 8, "target/many");
        assertTrue(one.size() > 300 + 50, "posts, pages, tag and category archives, paginated home: " + one.size());
        TestSite.assertSameSite(one, many);
        TestSite.assertSameSite(many, build(site, 8, "target/again"));
    }

    @Test
    void buildsSideBySideInOneJvmShareNothing() throws Exception {
        List<TestSite> sites = List.of(site("a", 60), site("b", 90), site("c", 30));
        List<Map<String, byte[]>> alone = new ArrayList<>();
        for (TestSite s : sites) {
            alone.add(build(s, 2, "target/alone"));
        }
        ExecutorService executor = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 3; round++) {
                String output = "target/together-" + round;
                List<Future<Map<String, byte[]>>> together = new ArrayList<>();
                for (TestSite s : sites) {
                    together.add(executor.submit(() -> build(s, 2, output)));
                }
                for (int i = 0; i < sites.size(); i++) {
                    TestSite.assertSameSite(alone.get(i), together.get(i).get());
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
