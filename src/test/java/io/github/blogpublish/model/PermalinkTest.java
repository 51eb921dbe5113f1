package io.github.blogpublish.model;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PermalinkTest {

    private static final ZonedDateTime DATE = ZonedDateTime.of(2022, 10, 1, 9, 5, 7, 0, ZoneId.of("Asia/Seoul"));

    @Test
    void jekyllStylesExpandAsJekyllDoes() {
        List<String> categories = List.of("Daily_Life", "ML");
        assertEquals("/daily_life/ml/2022/10/01/plan.html", Permalink.expand("date", DATE, "plan", categories));
        assertEquals("/daily_life/ml/2022/10/01/plan/", Permalink.expand("pretty", DATE, "plan", categories));
        assertEquals("/daily_life/ml/2022/274/plan.html", Permalink.expand("ordinal", DATE, "plan", categories));
        assertEquals("/daily_life/ml/plan.html", Permalink.expand("none", DATE, "plan", categories));
        assertEquals("/2022/10/01/plan.html", Permalink.expand("date", DATE, "plan", List.of()));
    }

    @Test
    void customPatternsUseEveryPlaceholder() {
        assertEquals("/22/Oct/October/1/10/Sat/09-05-07/plan",
                Permalink.expand("/:short_year/:short_month/:long_month/:i_day/:i_month/:short_day/:hour-:minute-:second/:title",
                        DATE, "plan", List.of()));
        assertEquals("/2022/W39/plan/:unknown", Permalink.expand("/:year/W:week/:slug/:unknown", DATE, "plan", List.of()));
    }

    @Test
    void unsafeSegmentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Permalink.expand("date", DATE, "x", List.of("..")));
        assertThrows(IllegalArgumentException.class, () -> Permalink.normalize("/a/./b"));
        assertThrows(IllegalArgumentException.class, () -> Permalink.normalize("/a\\..\\b"));
        assertThrows(IllegalArgumentException.class, () -> Permalink.normalize("/a\u0000b"));
    }

    /**
     * A URL already in normal form is given back as it is, without splitting it (each post's is asked for on every
     * build): on 20,000 random URLs of slashes, dots, letters, a backslash and a control character, the result (or the
     * refusal) is the segment by segment one's.
     */
    @Test
    void normalizingGivesWhatJoiningTheSegmentsGives() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "//..ab\\\u0001가";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder url = new StringBuilder(random.nextInt(4) == 0 ? "" : "/");
            for (int i = random.nextInt(9); i > 0; i--) {
                url.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected;
            try {
                expected = bySegments(url.toString());
            } catch (IllegalArgumentException e) {
                expected = "refused";
            }
            String actual;
            try {
                actual = Permalink.normalize(url.toString());
            } catch (IllegalArgumentException e) {
                actual = "refused";
            }
            assertEquals(expected, actual, url.toString());
        }
    }

    /** Normal form as the segments make it: non-empty segments joined by slashes after one, a trailing slash kept. */
    private static String bySegments(String url) {
        List<String> segments = new java.util.ArrayList<>();
        for (String segment : url.split("/")) {
            if (segment.equals(".") || segment.equals("..") || segment.indexOf('\\') >= 0
                    || segment.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException(segment);
            }
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        String joined = "/" + String.join("/", segments);
        return url.endsWith("/") && !segments.isEmpty() ? joined + "/" : joined;
    }

    @Test
    void urlsMapToFilesInsideTheSite() {
        assertEquals("index.html", Permalink.outputPath("/"));
        assertEquals("about/index.html", Permalink.outputPath("/about/"));
        assertEquals("a/b.html", Permalink.outputPath("/a/b"));
        assertEquals("a/b.html", Permalink.outputPath("//a//b.html"));
    }

    @Test
    void slugsKeepEveryScriptAndLoseOnlyPathCharacters() {
        assertEquals("2022_10_plan", Permalink.slug("2022_10_plan"));
        assertEquals("회고하는-9월", Permalink.slug(" 회고하는 9월 "));
        assertEquals("a-b-c", Permalink.slug("a/b\\c"));
        assertEquals("--", Permalink.slug(".."));
    }

    @Test
    void linksArePercentEncodedAsUtf8() {
        assertEquals("/2022/10/01/%ED%9A%8C%EA%B3%A0.html", Permalink.encode("/2022/10/01/회고.html"));
        assertEquals("/a%20b/c%3Fd.html", Permalink.encode("/a b/c?d.html"));
    }

    @Test
    void pathsAreNormalizedAndNeverClimbAboveTheirStart() {
        assertEquals(java.util.Optional.of("notes/회고.md"), Permalink.resolveDots("/notes/./drafts/../회고.md/"));
        assertEquals(java.util.Optional.of(""), Permalink.resolveDots("a/.."));
        assertEquals(java.util.Optional.empty(), Permalink.resolveDots("a/../../secret"));
    }

    @Test
    void decodingAPathKeepsItsPlusesAndRefusesBrokenEscapes() {
        assertEquals(java.util.Optional.of("/tags/회고/c++.html"), Permalink.decode("/tags/%ED%9A%8C%EA%B3%A0/c++.html"));
        assertEquals(java.util.Optional.of("/tags/회고 2/"), Permalink.decode(Permalink.encode("/tags/회고 2/")));
        assertEquals(java.util.Optional.empty(), Permalink.decode("/broken%E"));
    }

    @Test
    void aPlainPathIsNormalizedAsSegmentBySegment() {
        // Every path of up to 8 characters of '/', '.', 'a' and '회': the quick path for plain ones and the walk
        // over segments give the same, dots, doubled and outer slashes and all.
        char[] alphabet = {'/', '.', 'a', '회'};
        List<String> paths = new java.util.ArrayList<>(List.of(""));
        int checked = 0;
        for (int length = 0; length <= 8; length++) {
            List<String> longer = new java.util.ArrayList<>();
            for (String path : paths) {
                assertEquals(Permalink.resolveDotsBySegments(path), Permalink.resolveDots(path), path);
                checked++;
                for (char c : alphabet) {
                    longer.add(path + c);
                }
            }
            paths = longer;
        }
        assertEquals(87381, checked);
        assertEquals(java.util.Optional.of("2022/10/01/회고.html"), Permalink.resolveDots("//2022/10/01/회고.html/"));
        assertEquals(java.util.Optional.of("a/.b/c../..."), Permalink.resolveDots("a/.b/c../..."));
    }

    @Test
    void aPathWithoutEscapesDecodesToItself() {
        for (String path : List.of("", "/", "/tags/c++/", "/a b/회고.html", "+", "/x+y+z")) {
            assertEquals(java.util.Optional.of(path), Permalink.decode(path), path);
            assertEquals(java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8),
                    Permalink.decode(path).orElseThrow(), path);
        }
    }
}
