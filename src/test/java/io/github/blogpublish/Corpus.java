package io.github.blogpublish;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real-world Jekyll sites some tests read. They are not in this repository (their sizes and licences are
 * their own): the folder that holds them is one setting, {@code -Dblog.corpus=<dir>}, whose default in the POM
 * is {@code ../shared/corpus}. Where a site is absent, the test that needs it is skipped with one line saying
 * what it needs; it never passes silently. This class is the only way a test reaches outside the repository.
 */
public final class Corpus {

    /** The system property the POM passes to the tests. */
    public static final String PROPERTY = "blog.corpus";

    private Corpus() {
    }

    /** The corpus folder as set, whether or not it exists. */
    public static Path root() {
        String setting = System.getProperty(PROPERTY, "");
        return Path.of(setting.isBlank() ? "../shared/corpus" : setting).toAbsolutePath().normalize();
    }

    /**
     * The corpus folder; the calling test is skipped, saying what it needs, when it is absent.
     */
    public static Path require() {
        return requireDir(root());
    }

    /**
     * The folder {@code relative} inside one corpus site (such as {@code jekyll-news/docs/_posts}); the calling
     * test is skipped, saying what it needs, when it is absent.
     */
    public static Path require(String relative) {
        return requireDir(root().resolve(relative));
    }

    private static Path requireDir(Path dir) {
        Assumptions.assumeTrue(Files.isDirectory(dir), () -> "needs the real Jekyll corpora, not found at " + dir
                + ": run with -D" + PROPERTY + "=<folder holding 18f-blog, jekyll-news, minima, ...>");
        return dir;
    }
}
