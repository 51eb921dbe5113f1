package io.github.blogpublish;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real-world Jekyll sites some tests read. They are not in this repository (their sizes and licences are
 * their own): the folder that holds them is one setting, {@code -Dblog.corpus=<dir>}, whose one default is the
 * POM's property {@code blog.corpus} (the folder {@code shared/corpus} beside the checkout). Where a site is
 * absent, the test that needs it is skipped with one line saying what it needs; it never passes silently. This
 * class is the only way a test reaches outside the repository.
 */
public final class Corpus {

    /** The system property the POM passes to the tests. */
    public static final String PROPERTY = "blog.corpus";

    private Corpus() {
    }

    /**
     * The corpus folder; the calling test is skipped, saying what it needs, when it is absent.
     */
    public static Path require() {
        return require("");
    }

    /**
     * The folder {@code relative} inside the corpus folder (such as {@code jekyll-news/docs/_posts}); the calling
     * test is skipped, saying what it needs, when it is absent or the setting is not given (a run outside Maven).
     */
    public static Path require(String relative) {
        String setting = System.getProperty(PROPERTY, "");
        Path dir = Path.of(setting).resolve(relative).toAbsolutePath().normalize();
        Assumptions.assumeTrue(!setting.isBlank() && Files.isDirectory(dir), () -> "needs the real Jekyll corpora, "
                + (setting.isBlank() ? PROPERTY + " is not set" : "not found at " + dir)
                + ": run with -D" + PROPERTY + "=<folder holding 18f-blog, jekyll-news, minima, ...>");
        return dir;
    }
}
