import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a blog project of N generated posts for the benchmark: {@code java bench/GenerateBlog.java N DIR [SEED]}.
 * The same N and seed give the same bytes on every machine. Each post (about 5.5 KB) has Hangul and English
 * prose, headings, a list, a table, fenced code, an internal link, a footnote, tags and categories; the project
 * is a {@code blog}-packaged Maven project using the plugin version given by {@code -Dplugin.version}.
 */
public class GenerateBlog {

    private static final String[] HANGUL = {"회고", "계획", "데이터", "공부", "블로그", "배포", "모델", "리서치", "관리",
            "엔지니어", "글쓰기", "읽기", "운동", "여행", "가을", "목표", "정리", "실험", "결과", "기록"};
    private static final String[] ENGLISH = {"build", "render", "maven", "site", "layout", "post", "java", "plan",
            "review", "model", "data", "deploy", "notes", "draft", "query", "index", "cache", "stream", "thread", "test"};
    private static final String[] TAGS = {"java", "maven", "ml", "life", "books", "travel", "korean", "tools", "web",
            "data"};
    private static final String[] CATEGORIES = {"daily_life", "dev", "study", "notes"};

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/GenerateBlog.java N DIR [SEED]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        Path project = Path.of(args[1]);
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42L);
        String version = System.getProperty("plugin.version", "0.1.0-SNAPSHOT");
        Path posts = project.resolve("src/main/blog/_posts");
        Files.createDirectories(posts);
        Files.writeString(project.resolve("pom.xml"), pom(version), StandardCharsets.UTF_8);
        Files.writeString(project.resolve("src/main/blog/_config.yml"),
                "title: 벤치마크 블로그\ndescription: Generated posts for the benchmark\nurl: https://bench.example\n"
                        + "timezone: Asia/Seoul\npaginate: 10\n", StandardCharsets.UTF_8);
        LocalDate first = LocalDate.of(1990, 1, 1);
        for (int i = 0; i < count; i++) {
            LocalDate date = first.plusDays(i);
            String name = date + "-post-" + i + ".md";
            Files.writeString(posts.resolve(name), post(i, date, random, i == 0 ? null : first.plusDays(i - 1)),
                    StandardCharsets.UTF_8);
        }
    }

    private static String post(int i, LocalDate date, Random random, LocalDate previous) {
        StringBuilder text = new StringBuilder();
        text.append("---\ntitle: \"").append(words(HANGUL, random, 2)).append(' ').append(i).append("\"\n");
        text.append("tags: [").append(TAGS[random.nextInt(TAGS.length)]).append(", ")
                .append(TAGS[random.nextInt(TAGS.length)]).append("]\n");
        text.append("categories: [").append(CATEGORIES[i % CATEGORIES.length]).append("]\n---\n\n");
        text.append(paragraph(random)).append("[^1]\n\n");
        text.append("## ").append(words(HANGUL, random, 3)).append("\n\n");
        for (int p = 0; p < 5; p++) {
            text.append(paragraph(random)).append("\n\n");
        }
        for (int item = 0; item < 4; item++) {
            text.append("- ").append(words(ENGLISH, random, 3)).append(' ').append(words(HANGUL, random, 3)).append('\n');
        }
        text.append("\n| ").append(words(HANGUL, random, 1)).append(" | value | note |\n|---|---:|---|\n");
        for (int row = 0; row < 4; row++) {
            text.append("| ").append(words(ENGLISH, random, 1)).append(" | ").append(random.nextInt(1000))
                    .append(" | ").append(words(HANGUL, random, 2)).append(" |\n");
        }
        text.append("\n### Code\n\n```java\nint total = 0;\nfor (int n : values) {\n    total += n; // ")
                .append(words(HANGUL, random, 2)).append("\n}\nSystem.out.println(\"")
                .append(words(ENGLISH, random, 2)).append("\");\n```\n\n");
        for (int p = 0; p < 5; p++) {
            text.append(paragraph(random)).append("\n\n");
        }
        if (previous != null) {
            text.append("See the [previous post](/").append(CATEGORIES[(i - 1) % CATEGORIES.length]).append('/')
                    .append(previous.toString().replace('-', '/')).append("/post-").append(i - 1).append(".html).\n\n");
        }
        text.append("[^1]: ").append(words(ENGLISH, random, 6)).append(".\n");
        return text.toString();
    }

    private static String paragraph(Random random) {
        StringBuilder p = new StringBuilder();
        for (int sentence = 0; sentence < 5; sentence++) {
            p.append(words(HANGUL, random, 8)).append(' ').append(words(ENGLISH, random, 4)).append(". ");
        }
        return p.toString().strip();
    }

    private static String words(String[] from, Random random, int count) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < count; i++) {
            w.append(i == 0 ? "" : " ").append(from[random.nextInt(from.length)]);
        }
        return w.toString();
    }

    private static String pom(String version) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.github.blogpublish.bench</groupId>
                  <artifactId>bench-blog</artifactId>
                  <version>1.0.0</version>
                  <packaging>blog</packaging>
                  <properties>
                    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
                  </properties>
                  <build>
                    <pluginManagement>
                      <plugins>
                        <plugin>
                          <groupId>org.apache.maven.plugins</groupId>
                          <artifactId>maven-clean-plugin</artifactId>
                          <version>3.5.0</version>
                        </plugin>
                      </plugins>
                    </pluginManagement>
                    <plugins>
                      <plugin>
                        <groupId>io.github.blogpublish</groupId>
                        <artifactId>blog-maven-plugin</artifactId>
                        <version>%s</version>
                        <extensions>true</extensions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version);
    }
}
