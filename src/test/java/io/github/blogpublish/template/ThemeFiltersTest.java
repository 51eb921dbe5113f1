package io.github.blogpublish.template;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The built-in theme's filters on the cases a list or a post page meets. */
class ThemeFiltersTest {

    @Test
    void theFirstImageIsAnAddressThatWorksFromAnyPage() {
        String post = "/2022/10/01/hello.html";
        assertEquals("/2022/10/01/photo.jpg", ThemeFilters.firstImage("<p><img src=\"photo.jpg\" alt=\"\"></p>", post, ""));
        assertEquals("/blog/2022/10/photo.jpg",
                ThemeFilters.firstImage("<img alt=\"x\" src=\"" + ".." + "/photo.jpg\">", post, "/blog"), "relative, up a folder");
        assertEquals("/blog/images/a.png", ThemeFilters.firstImage("<img src=\"/blog/images/a.png\">", post, "/blog"));
        assertEquals("https://example.org/a.png", ThemeFilters.firstImage("<img src=\"https://example.org/a.png\">", post, ""));
        assertNull(ThemeFilters.firstImage("<img src=\"/images/a.png\">", post, "/blog"),
                "broken on the post itself (no base URL): the list shows none rather than a second broken one");
        assertNull(ThemeFilters.firstImage("<p>No picture.</p>", post, ""));
        assertEquals("/2022/10/01/b.png", ThemeFilters.firstImage("<p>1 < 2</p><IMG ALT=\"no source\"><Img SRC=\"b.png\">",
                post, ""), "written in capitals, after a picture without a source");
        assertNull(ThemeFilters.firstImage("<p>an <imgur> tag, a < sign", post, ""));
        assertNull(ThemeFilters.firstImage("<img src=\"a picture.png\">", post, ""), "not an address");
        assertEquals("/%EA%B0%9C%EB%B0%9C/2024/p.png",
                ThemeFilters.firstImage("<img src=\"p.png\">", "/%EA%B0%9C%EB%B0%9C/2024/post.html", ""));
    }

    @Test
    void theContentsStartAtTheHighestLevelTheTextUses() {
        String html = "<h1 id=\"a\">A</h1><h2 id=\"b\">B <em>b</em></h2><h3 id=\"c\">C</h3><h4 id=\"d\">D</h4>"
                + "<h2>No id</h2><h2 id=\"e\"> </h2>";
        List<Map<String, Object>> headings = ThemeFilters.headings(html);
        assertEquals(List.of("a:1", "b:2", "c:3"), headings.stream().map(h -> h.get("id") + ":" + h.get("depth")).toList(),
                "three levels from the highest; none without an id or text");
        assertEquals("B b", headings.get(1).get("title"));
        assertEquals(List.of("b:1", "c:2", "d:3"), ThemeFilters.headings(html.substring(html.indexOf("<h2"))).stream()
                .map(h -> h.get("id") + ":" + h.get("depth")).toList());
    }

    @Test
    void koreanIsReadByCharactersAndEnglishByWords() {
        assertEquals(1, ThemeFilters.readingMinutes(""));
        assertEquals(2, ThemeFilters.readingMinutes("가".repeat(501)));
        assertEquals(2, ThemeFilters.readingMinutes("word ".repeat(201)));
        assertEquals(2, ThemeFilters.readingMinutes("가".repeat(250) + " word".repeat(100) + " x"), "mixed: half and half and one");
        assertEquals(1, ThemeFilters.readingMinutes("Jekyll's 테스트 don't"), "words with apostrophes count once");
    }

    @Test
    void readingTimeCountsCharactersAndWordsAsTheRuleSaysOnAnyText() {
        // The rule, as first written: characters of the scripts read one by one, and words of what is left.
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
        String alphabet = "aZ9é ü'’-- \t\n가힣漢字ひカ١٢Ⅻ½.,!🙂𝔸ㅎ";
        java.util.Random random = new java.util.Random(18);
        for (int n = 0; n < 2000; n++) {
            int[] codePoints = alphabet.codePoints().toArray();
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300 * (1 + n % 40));
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            long characters = text.codePoints().filter(c -> {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                        || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
            }).count();
            java.util.regex.Matcher words = word.matcher(text.codePoints().map(c -> {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                        || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                        ? ' ' : c;
            }).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
            long count = 0;
            while (words.find()) {
                count++;
            }
            assertEquals(List.of(characters, count), java.util.Arrays.stream(ThemeFilters.readingCounts(
                    text.toString())).boxed().toList(), text.toString());
        }
    }

    @Test
    void readingTimeOfHtmlCountsItsTextAsStripHtmlLeavesIt() {
        // Counted between the tags, without the stripped copy: a word that a tag splits ("Jek<b>yll</b>") is one,
        // a comment, a script or a style is no text, and a tag's attributes are none.
        java.util.Random random = new java.util.Random(20);
        String[] pieces = {"Jek", "yll", "가나", "漢", " ", "\n", "don't", "-", "<b>", "</b>", "<p class=\"x y\">", "</p>",
                "<!-- a word -->", "<script>var word = 1;</script>", "<STYLE>p { }</style>", "<img alt=\"가 word\">",
                "1,000", "’", "<", ">", "🙂"};
        for (int n = 0; n < 2000; n++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = html.toString();
            assertEquals(java.util.Arrays.toString(ThemeFilters.readingCounts(HtmlText.stripHtml(text))),
                    java.util.Arrays.toString(ThemeFilters.readingCountsOfHtml(text)), text);
        }
        assertEquals(List.of(0L, 1L), java.util.Arrays.stream(ThemeFilters.readingCountsOfHtml("Jek<b>yll</b>")).boxed().toList());
    }

    @Test
    void headingsAreThoseThePatternFindsOnAnyText() {
        // The rule, as first written: every match of the pattern, searched from the end of the last.
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(
                "<h([1-6])\\b[^>]*\\sid=\"([^\"]+)\"[^>]*>(.*?)</h\\1>",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);
        String[] pieces = {"<h2 id=\"a\">", "<H3 class=\"x\" id=\"b\">", "<h1>", "<h7 id=\"c\">", "<hr id=\"d\">",
                "</h2>", "</H3>", "</h1>", "<h", "<", "제목", " title ", "<em>", "</em>", "\n", "<h2\nid=\"e\">"};
        java.util.Random random = new java.util.Random(21);
        for (int n = 0; n < 3000; n++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = html.toString();
            List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = pattern.matcher(text);
            while (m.find()) {
                String title = JekyllFilters.normalizeWhitespace(HtmlText.stripHtml(m.group(3)));
                if (!title.isEmpty()) {
                    expected.add(m.group(1) + ":" + m.group(2) + ":" + title);
                }
            }
            List<String> found = ThemeFilters.headings(text).stream()
                    .map(h -> h.get("level") + ":" + h.get("id") + ":" + h.get("title")).toList();
            int top = expected.stream().mapToInt(h -> h.charAt(0) - '0').min().orElse(1);
            assertEquals(expected.stream().filter(h -> h.charAt(0) - '0' - top < 3).toList(), found, text);
        }
    }
}
