package io.github.blogpublish.template;

import liqp.TemplateContext;
import liqp.filters.Filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filters of the built-in theme, which no Jekyll theme expects (they are this plugin's, so a site's own layouts may
 * use them too): {@code toc_headings} (the headings of a page's HTML that have an id, for its table of contents),
 * {@code reading_minutes} (how long a text takes to read: Korean, Chinese and Japanese by characters, other
 * scripts by words), {@code first_image} (the address of a post's first image, for a list that shows it) and
 * {@code root_prefix} (from a page's URL, the relative way up to the site's root folder, {@code ../../}, so that the
 * theme's own files load from {@code file://} as from any base URL).
 */
final class ThemeFilters {

    /** Characters a reader reads one by one, about 500 a minute. */
    static final int CHARACTERS_PER_MINUTE = 500;
    /** Words of other scripts, about 200 a minute. */
    static final int WORDS_PER_MINUTE = 200;

    private static final Pattern HEADING = Pattern.compile(
            "<h([1-6])\\b[^>]*\\sid=\"([^\"]+)\"[^>]*>(.*?)</h\\1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*?\\ssrc=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

    private ThemeFilters() {
    }

    static List<Filter> all() {
        return List.of(filter("toc_headings", (text, context) -> headings(text)),
                filter("reading_minutes", (text, context) -> readingMinutesOfHtml(text)),
                new Filter("first_image") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        return firstImage(value == null ? "" : asString(value, context),
                                params.length > 0 && params[0] != null ? asString(params[0], context) : "/",
                                JekyllTags.text(JekyllTags.model(context).site().get("baseurl")));
                    }
                },
                filter("root_prefix", (text, context) -> rootPrefix(text)));
    }

    private static Filter filter(String name, java.util.function.BiFunction<String, TemplateContext, Object> body) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return body.apply(value == null ? "" : asString(value, context), context);
            }
        };
    }

    /**
     * The headings of a post's text that have an id, for its table of contents: its level, its depth (1 for the
     * highest level the text uses, down to 3) and its text. The page's title is outside the text, so a post
     * whose sections are {@code #} headings gets them, and one whose sections are {@code ##} gets those.
     */
    static List<Map<String, Object>> headings(String html) {
        record Heading(int level, String id, String title) {
        }
        List<Heading> found = new ArrayList<>();
        Matcher heading = HEADING.matcher(html);
        // The pattern is case-blind, which Java searches for character by character: it is tried only where a
        // heading's tag starts.
        for (int at = headingTag(html, 0); at >= 0; ) {
            if (!heading.region(at, html.length()).lookingAt()) {
                at = headingTag(html, at + 1);
                continue;
            }
            String title = JekyllFilters.normalizeWhitespace(HtmlText.stripHtml(heading.group(3)));
            if (!title.isEmpty()) {
                found.add(new Heading(Integer.parseInt(heading.group(1)), heading.group(2), title));
            }
            at = headingTag(html, heading.end());
        }
        int top = found.stream().mapToInt(Heading::level).min().orElse(1);
        List<Map<String, Object>> headings = new ArrayList<>();
        for (Heading h : found) {
            if (h.level() - top < 3) {
                headings.add(LiquidData.ordered("level", h.level(), "depth", h.level() - top + 1, "id", h.id(),
                        "title", h.title()));
            }
        }
        return headings;
    }

    /** Where the next {@code <h1>} to {@code <h6>} tag, in either case, may start: -1 if none. */
    private static int headingTag(String html, int from) {
        for (int i = html.indexOf('<', from); i >= 0 && i + 2 < html.length(); i = html.indexOf('<', i + 1)) {
            char h = html.charAt(i + 1);
            char level = html.charAt(i + 2);
            if ((h == 'h' || h == 'H') && level >= '1' && level <= '6') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first image of a post's HTML, as an address that works from any page of the site: one from another host
     * as it is, one relative to the post resolved against the post's URL ({@code postUrl}) under the base URL. One
     * from the site's root that misses the base URL is broken on the post itself, where the link check reports it;
     * a list shows no image for it rather than a second broken one.
     */
    static String firstImage(String html, String postUrl, String baseUrl) {
        // The pattern is case-blind, which Java searches for character by character: find the tag's start first.
        int start = html.indexOf('<');
        while (start >= 0 && !html.regionMatches(true, start + 1, "img", 0, 3)) {
            start = html.indexOf('<', start + 1);
        }
        Matcher image = IMAGE.matcher(html);
        if (start < 0 || !image.find(start)) {
            return null;
        }
        String src = image.group(1);
        if (src.startsWith("//") || src.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return src;
        }
        if (src.startsWith("/")) {
            return baseUrl.isEmpty() || src.startsWith(baseUrl + "/") ? src : null;
        }
        String folder = postUrl.substring(0, postUrl.lastIndexOf('/') + 1);
        try {
            return baseUrl + java.net.URI.create("http://h" + (folder.startsWith("/") ? folder : "/" + folder))
                    .resolve(src).getRawPath();
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    /** {@code ../} once for each folder the page's file is in; {@code ./} for a page at the root. */
    static String rootPrefix(String url) {
        String path;
        try {
            path = io.github.blogpublish.model.Permalink.outputPath(
                    io.github.blogpublish.model.Permalink.decode(url.isEmpty() ? "/" : url).orElse(url));
        } catch (IllegalArgumentException e) {
            return "./";
        }
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return depth == 0 ? "./" : "../".repeat(depth);
    }

    /** Whole minutes, at least one. */
    static int readingMinutes(String text) {
        return minutes(readingCounts(text));
    }

    /** {@code readingMinutes(strip_html(html))}. */
    static int readingMinutesOfHtml(String html) {
        return minutes(readingCountsOfHtml(html));
    }

    private static int minutes(long[] counts) {
        double minutes = (double) counts[0] / CHARACTERS_PER_MINUTE + (double) counts[1] / WORDS_PER_MINUTE;
        return Math.max(1, (int) Math.ceil(minutes));
    }

    /**
     * The characters of the scripts read one by one (Hangul, Han, kana), and the words
     * ({@code [\p{L}\p{N}][\p{L}\p{N}'’-]*}) of the rest, those characters ending a word. One pass: a regular
     * expression over a rebuilt copy was an eighth of a 10,000-post build.
     */
    static long[] readingCounts(String text) {
        ReadingCount count = new ReadingCount();
        count.add(text, 0, text.length());
        return new long[] {count.characters, count.words};
    }

    /** {@code readingCounts(strip_html(html))}, counted over the text between the tags where it stands, not a copy. */
    static long[] readingCountsOfHtml(String html) {
        ReadingCount count = new ReadingCount();
        HtmlText.strip(html, count::add);
        return new long[] {count.characters, count.words};
    }

    /** The counts of {@link #readingCounts}, taken piece by piece: a word may go on in the next piece. */
    private static final class ReadingCount {
        private long characters;
        private long words;
        private boolean inWord;

        boolean add(String text, int from, int to) {
            for (int i = from; i < to; ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (readByCharacter(c)) {
                    characters++;
                    inWord = false;
                } else if (letterOrNumber(c)) {
                    words += inWord ? 0 : 1;
                    inWord = true;
                } else {
                    inWord = inWord && (c == '\'' || c == '’' || c == '-');
                }
            }
            return true;
        }
    }

    private static boolean letterOrNumber(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean readByCharacter(int c) {
        if (c < 0x1100) { // below Hangul Jamo: no script read by character
            return false;
        }
        if (c >= 0xAC00 && c <= 0xD7A3) { // the Hangul syllables, every one assigned: no search of the script table
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }
}
