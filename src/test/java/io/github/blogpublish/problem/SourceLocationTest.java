package io.github.blogpublish.problem;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceLocationTest {

    @Test
    void aPathBelowItsBaseIsTheSameAsRelativizeGivesWhateverTheBase() {
        List<String[]> cases = List.of(
                new String[]{"/blog/src/main/blog", "/blog/src/main/blog/_posts/2022-10-01-a.md"},
                new String[]{"/blog/src/main/blog", "/blog/src/main/blog/a.md"},
                new String[]{"/blog/src/main/blog", "/blog/src/main/blog"},
                new String[]{"/", "/a/b.md"},
                new String[]{"src", "src/_posts/a.md"},
                new String[]{".", "./a.md"},
                new String[]{"", "a/b.md"},
                new String[]{"/blog/src", "/blog/srcx/a.md"},
                new String[]{"/blog/태그", "/blog/태그/글/한글.md"});
        for (String[] c : cases) {
            Path base = Path.of(c[0]);
            Path file = Path.of(c[1]);
            assertEquals(base.relativize(file), SourceLocation.below(base, file), c[0] + " and " + c[1]);
        }
    }

    @Test
    void aFileIsShownBelowTheBaseWithItsLineAndColumn() {
        Path base = Path.of("/blog").toAbsolutePath();
        assertEquals("src/main/blog/_posts/a.md:3:7",
                SourceLocation.at(base.resolve("src/main/blog/_posts/a.md"), 3, 7).display(base));
    }
}
