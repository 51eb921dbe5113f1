package io.github.blogpublish.frontmatter;

import io.github.blogpublish.Corpus;
import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Problems;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file of the real Jekyll sites in the corpus folder ({@code -Dblog.corpus}, see {@link Corpus}) goes through the decoder and the front
 * matter checks: nothing may crash or hang, and what is flagged is written to
 * {@code target/corpus-validation.txt} for a person to judge. Markdown files in {@code _posts} are read as
 * posts (date and slug from the name), as the scanner does; layouts as layouts; other files with front
 * matter as pages; all other files only decoded.
 */
class CorpusValidationTest {

    private static final Pattern DATED = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})-(.+)\\.[^.]+");

    @Test
    void everyCorpusFileIsCheckedWithoutCrashing() throws IOException {
        Path root = Corpus.require();
        SiteConfig config = SiteConfig.builder(root).now(Instant.parse("2026-11-01T00:00:00Z")).build();
        StringBuilder report = new StringBuilder();
        int total = 0;
        List<Path> corpora;
        try (Stream<Path> dirs = Files.list(root)) {
            corpora = dirs.filter(Files::isDirectory).sorted().toList();
        }
        for (Path corpus : corpora) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(corpus)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            PostReader reader = new PostReader(config, layoutNames(corpus, files), FrontMatterSchemas.NONE);
            Problems problems = new Problems();
            int posts = 0;
            int documents = 0;
            for (Path file : files) {
                Optional<String> text = TextDecoder.decode(file, Files.readAllBytes(file), problems);
                String relative = corpus.relativize(file).toString().replace('\\', '/');
                boolean inPosts = relative.contains("_posts/");
                if (relative.contains("_layouts/") || relative.contains("_includes/")) {
                    String name = file.getFileName().toString().replaceAll("\\.html$", "");
                    text.ifPresent(t -> LayoutReader.read(file, name, t, false, problems));
                    continue;
                }
                String name = file.getFileName().toString();
                boolean document = inPosts ? name.matches(".*\\.(md|markdown)$") : name.matches(".*\\.(md|markdown|html)$");
                if (text.isEmpty() || !document || !inPosts && !text.get().startsWith("---")) {
                    continue;
                }
                if (inPosts) {
                    reader.read(source(corpus, file, true), text.get(), problems);
                } else {
                    reader.readPage(PostReader.PostSource.page(file, corpus.relativize(file).toString().replace('\\', '/')),
                            text.get(), problems);
                }
                if (inPosts) {
                    posts++;
                } else {
                    documents++;
                }
            }
            total += files.size();
            List<Problem> found = problems.sorted();
            report.append("== ").append(corpus.getFileName()).append(": ").append(files.size()).append(" files, ")
                    .append(posts).append(" posts, ").append(documents).append(" other documents, ")
                    .append(found.stream().filter(Problem::isError).count()).append(" errors, ")
                    .append(found.stream().filter(p -> !p.isError()).count()).append(" warnings\n");
            TreeMap<String, Integer> kinds = new TreeMap<>();
            for (Problem p : found) {
                kinds.merge(p.severity().label() + ": " + p.message().replaceAll("\"[^\"]*\"|'[^']*'|\\d+", "…"), 1, Integer::sum);
                report.append("  ").append(p.format(root)).append('\n');
            }
            kinds.forEach((kind, count) -> report.append("  [").append(count).append("x] ").append(kind).append('\n'));
        }
        Path out = Path.of("target/corpus-validation.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertTrue(total > 1200, "the corpus has its 1,217 content files and more: " + total);
        List<String> names = corpora.stream().map(c -> c.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("18f-blog", "jekyll-news", "jekyll-test-fixtures", "ko-jekyllrb-docs",
                "ko-kakao-oss-guide", "minima", "opensource-guide")), "every site of the corpus was checked: " + names);
    }

    /**
     * The layouts a corpus can use: ours, those in its {@code _reference/_layouts}, and, for a corpus that ships
     * no layouts, every name its files use (they exist on that site; this test cannot tell).
     */
    private static Set<String> layoutNames(Path corpus, List<Path> files) throws IOException {
        Set<String> names = new java.util.TreeSet<>(Set.of("default", "home", "page", "post"));
        boolean shipsLayouts = false;
        for (Path file : files) {
            String relative = corpus.relativize(file).toString().replace('\\', '/');
            if (relative.contains("_layouts/")) {
                shipsLayouts = true;
                names.add(file.getFileName().toString().replaceAll("\\.html$", ""));
            }
        }
        if (!shipsLayouts) {
            Pattern layout = Pattern.compile("(?m)^layout:\\s*['\"]?([\\w-]+)");
            for (Path file : files) {
                Matcher m = layout.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                if (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private static PostReader.PostSource source(Path corpus, Path file, boolean inPosts) {
        String name = file.getFileName().toString();
        Matcher m = DATED.matcher(name);
        Optional<LocalDate> date = Optional.empty();
        String slug = name.replaceAll("\\.[^.]+$", "");
        if (inPosts && m.matches()) {
            try {
                date = Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
                slug = m.group(4);
            } catch (DateTimeException e) {
                // an impossible date in the name: read as undated, the build reports the name itself
            }
        }
        String relative = corpus.relativize(file).toString().replace('\\', '/');
        return new PostReader.PostSource(file, relative, date, slug, List.of(), false);
    }
}
