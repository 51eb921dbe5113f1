package io.github.blogpublish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A page of {@code docs/} that a test makes from the code: the fresh one is written to {@code target/docs/}, and
 * {@code -Ddocs.update=true} writes it over the committed one; otherwise a committed page that differs fails.
 */
public final class GeneratedPage {

    private GeneratedPage() {
    }

    /**
     * @param page  {@code docs/<name>.md}
     * @param text  what the code says the page is
     * @param whose what the page is made from, for the message
     */
    public static void check(Path page, String text, String whose) throws java.io.IOException {
        Path fresh = Path.of("target/docs").resolve(page.getFileName());
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, text, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(page, text, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
        if (!committed.equals(text)) {
            fail(page + " is not what " + whose + " says: the new page is " + fresh + "; copy it over " + page
                    + ", or run the tests with -Ddocs.update=true");
        }
    }
}
