package io.github.blogpublish.template;

import liqp.TemplateParser;
import liqp.filters.Filters;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JekyllFiltersTest {

    /** Our truncate gives what Liqp's gives, on every kind of text, length and parameter. */
    @Test
    void truncateMatchesLiqps() {
        liqp.filters.Filter liqp = Filters.JEKYLL_FILTERS.get("truncate");
        liqp.TemplateContext context = new liqp.TemplateContext(new TemplateParser.Builder().build(), new java.util.HashMap<>());
        Object[][] params = {{}, {0L}, {1L}, {3L}, {4L}, {5}, {-2L}, {7L}, {1000L}, {5L, "…"}, {5L, ""}, {2.5}, {"4"}};
        String[] pieces = {"a", "한", " ", "\uD83D\uDE00", "bc", ""};
        Random random = new Random(4);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            Object[] p = params[random.nextInt(params.length)];
            Object value = i % 50 == 0 ? (Object) 1234567L : text.toString();
            assertEquals(liqp.apply(value, context, p), JekyllFilters.truncate(liqp, value, context, p),
                    value + " / " + java.util.Arrays.toString(p));
        }
        assertEquals("abcdefg", JekyllFilters.truncate(liqp, "abcdefg", context, new Object[] {7L}));
        assertEquals("abc...", JekyllFilters.truncate(liqp, "abcdefg", context, new Object[] {6L}));
    }

    /** Our one-pass normalize_whitespace gives what Liqp's regular expression gave, on odd text of every kind. */
    @Test
    void normalizeWhitespaceMatchesLiqps() {
        liqp.filters.Filter liqp = Filters.JEKYLL_FILTERS.get("normalize_whitespace");
        liqp.TemplateContext context = new liqp.TemplateContext(new TemplateParser.Builder().build(), new java.util.HashMap<>());
        String[] pieces = {" ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "\u0001", "a", "한", "b c", ""};
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(liqp.apply(text.toString(), context), JekyllFilters.normalizeWhitespace(text.toString()),
                    text.toString().replace("\n", "\\n"));
        }
        assertEquals(liqp.apply(null, context), JekyllFilters.normalizeWhitespace(null));
        assertEquals(liqp.apply(42, context), JekyllFilters.normalizeWhitespace(42));
    }

    /**
     * sort by a property gives the items in Liqp's order (stable, by the property's value) and fails as Liqp's does
     * when an item lacks it, but gives the items themselves: sorting posts reads none of their content.
     */
    @Test
    void sortByPropertyOrdersAsLiqpsWithoutCopyingTheItems() {
        liqp.filters.Filter liqp = Filters.JEKYLL_FILTERS.get("sort");
        liqp.filters.Filter ours = JekyllFilters.all().stream().filter(f -> f.name.equals("sort")).findFirst().orElseThrow();
        liqp.TemplateContext context = new liqp.TemplateContext(new TemplateParser.Builder().build(), new java.util.HashMap<>());
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            java.util.List<java.util.Map<String, Object>> items = new java.util.ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                java.util.Map<String, Object> item = new java.util.LinkedHashMap<>();
                item.put("id", items.size());
                if (random.nextInt(40) > 0) {
                    item.put("rank", random.nextInt(4)); // equal ranks keep their order
                }
                items.add(item);
            }
            Object expected;
            try {
                expected = ids(liqp.apply(items, context, "rank"));
            } catch (RuntimeException e) {
                expected = e.getMessage();
            }
            Object actual;
            try {
                Object sorted = ours.apply(items, context, "rank");
                for (Object item : (Object[]) sorted) {
                    assertTrue(items.stream().anyMatch(own -> own == item), "the items themselves");
                }
                actual = ids(sorted);
            } catch (RuntimeException e) {
                actual = e.getMessage();
            }
            assertEquals(expected, actual, items.toString());
        }
        assertEquals(java.util.List.of(1, 2, 3), java.util.List.of((Object[]) ours.apply(new Object[] {3, 1, 2}, context)),
                "without a property: Liqp's own sort");

        io.github.blogpublish.model.Post post = null; // a post's item needs only its texts here
        java.util.List<java.util.Map<String, Object>> posts = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("date", 3 - i);
            data.put("content", PostItem.CONTENT);
            posts.add(new PostItem(data, io.github.blogpublish.model.RenderedPost.later(post, () -> {
                throw new AssertionError("sorting read a post's content");
            }, "key")));
        }
        ContentReads.Recorded<Object> sorted = ContentReads.recording(() -> ours.apply(posts, context, "date"));
        assertEquals(java.util.List.of(posts.get(2), posts.get(1), posts.get(0)), java.util.List.of((Object[]) sorted.value()));
        assertEquals(java.util.List.of(), sorted.read());
    }

    private static java.util.List<Object> ids(Object sorted) {
        return java.util.Arrays.stream((Object[]) sorted).<Object>map(item -> ((java.util.Map<?, ?>) item).get("id")).toList();
    }

    /**
     * strip_html copies the text between tags in whole runs now, and gives what the character-by-character version
     * before it gave (kept here as the reference): tags, comments, scripts and styles go, in any case.
     */
    @Test
    void stripHtmlGivesWhatTheCharacterByCharacterVersionGave() {
        String[] pieces = {"<p>", "</p>", "<a href=\"x\">", "<!--", "-->", "<script>", "</script>", "<SCRIPT type=x>",
            "</Script >", "<style>", "</STYLE>", "<", ">", "a", "한글", " ", "\n", "<br/>", "<!-- c -->", "İ", "x<y"};
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(stripHtmlBefore(text.toString()), HtmlText.stripHtml(text.toString()),
                    text.toString().replace("\n", "\\n"));
        }
        assertEquals("a b", HtmlText.stripHtml("<p>a</p> <SCRIPT>x<y</script>b<!-- c -->"));
    }

    /**
     * The search index's prefix of strip_html | normalize_whitespace is the whole result when that is shorter than
     * asked, else a beginning of it at least as long as asked, on odd HTML of every kind.
     */
    @Test
    void strippedTextPrefixIsABeginningOfStripHtmlThenNormalizeWhitespace() {
        String[] pieces = {"<p>", "</p>", "<a href=\"x\">", "<!--", "-->", "<script>", "</script>", "<STYLE>", "</style>",
            "<", ">", "a", "한글", " ", "  ", "\n", "\t", "\u000B", "\f", "\r", "\u0001", "\u00A0", "\uD83D\uDE00",
            "<br/>", "<!-- c -->", "x<y", "word ", "\n\n"};
        Random random = new Random(7);
        for (int i = 0; i < 40_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String html = text.toString();
            String full = JekyllFilters.normalizeWhitespace(HtmlText.stripHtml(html));
            int atLeast = random.nextInt(30);
            String prefix = HtmlText.strippedTextPrefix(html, atLeast);
            String shown = html.replace("\n", "\\n") + " / " + atLeast;
            if (full.length() < atLeast) {
                assertEquals(full, prefix, shown);
            } else {
                assertTrue(prefix.length() >= atLeast && full.startsWith(prefix), shown + " gave " + prefix);
            }
        }
        assertEquals("a b", HtmlText.strippedTextPrefix(" <p>a</p>\n\n <SCRIPT>x<y</script>b<!-- c --> ", 10));
        assertEquals("a b", HtmlText.strippedTextPrefix("a  b  c", 3));
    }

    private static String stripHtmlBefore(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                out.append(c);
                i++;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            String rest = html.regionMatches(true, i, "<script", 0, 7) ? "</script"
                    : html.regionMatches(true, i, "<style", 0, 6) ? "</style" : null;
            if (rest != null) {
                int end = html.toLowerCase(java.util.Locale.ROOT).indexOf(rest, i);
                int close = end < 0 ? -1 : html.indexOf('>', end);
                i = close < 0 ? n : close + 1;
                continue;
            }
            int end = html.indexOf('>', i);
            if (end < 0) {
                out.append(html, i, n);
                break;
            }
            i = end + 1;
        }
        return out.toString();
    }

    /** Our date filter, which parses each format once, formats as Liqp's does, in every zone and for every token. */
    @Test
    void dateMatchesLiqps() {
        liqp.filters.Filter liqp = Filters.JEKYLL_FILTERS.get("date");
        liqp.filters.Filter ours = JekyllFilters.all().stream().filter(f -> f.name.equals("date")).findFirst().orElseThrow();
        liqp.TemplateContext context = new liqp.TemplateContext(new TemplateParser.Builder().build(), new java.util.HashMap<>());
        String[] tokens = {"%Y", "%m", "%d", "%H", "%M", "%S", "%z", "%:z", "%a", "%A", "%b", "%B", "%j", "%y",
            "%I", "%p", "%s", "%%", "-", " ", "T", "년 ", "%-d", "%-m", "%Q", "%"};
        String[] zones = {"UTC", "Asia/Seoul", "America/St_Johns", "Pacific/Chatham"};
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder format = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) {
                format.append(tokens[random.nextInt(tokens.length)]);
            }
            java.time.ZonedDateTime date = java.time.ZonedDateTime.of(1900 + random.nextInt(200), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60), 0,
                    java.time.ZoneId.of(zones[random.nextInt(zones.length)]));
            assertEquals(liqp.apply(date, context, format.toString()), ours.apply(date, context, format.toString()),
                    format + " " + date);
        }
        // %e and %Z as Ruby writes them (Jekyll's own output, held by JekyllFiltersOracleTest): the day padded with a
        // space, the zone's abbreviation.
        java.time.ZonedDateTime seoul = java.time.ZonedDateTime.of(2022, 10, 1, 9, 30, 0, 0, java.time.ZoneId.of("Asia/Seoul"));
        assertEquals(" 1 KST", ours.apply(seoul, context, "%e %Z"));
        assertEquals("%e 1", ours.apply(seoul, context, "%%e %-d"));
        // What is not a date, or has no format, is Liqp's own case.
        assertEquals(liqp.apply("2024-02-03", context, "%d.%m.%Y"), ours.apply("2024-02-03", context, "%d.%m.%Y"));
        assertEquals(liqp.apply(java.time.ZonedDateTime.of(2024, 2, 3, 0, 0, 0, 0, java.time.ZoneOffset.UTC), context),
                ours.apply(java.time.ZonedDateTime.of(2024, 2, 3, 0, 0, 0, 0, java.time.ZoneOffset.UTC), context));
    }
}
