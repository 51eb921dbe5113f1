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
 * scripts by words), {@code first_image} (the address of a page's first image, for a list that shows it) and
 * {@code root_prefix} (from a page's URL, the relative way up to the site's root folder, {@code ../../}, so that the
 * theme's own files load from {@code file://} as from any base URL).
 */
final class ThemeFilters {

    /** Characters a reader reads one by one, about 500 a minute. */
    static final int CHARACTERS_PER_MINUTE = 500;
    /** Words of other scripts, about 200 a minute. */
    static final int WORDS_PER_MINUTE = 200;

    private static final Pattern HEADING = Pattern.compile(
            "<h([2-4])\\b[^>]*\\sid=\"([^\"]+)\"[^>]*>(.*?)</h\\1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*?\\ssrc=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private ThemeFilters() {
    }

    static List<Filter> all() {
        return List.of(filter("toc_headings", (text, context) -> headings(text)),
                filter("reading_minutes", (text, context) -> readingMinutes(HtmlText.stripHtml(text))),
                filter("first_image", (text, context) -> {
                    Matcher image = IMAGE.matcher(text);
                    return image.find() ? image.group(1) : null;
                }),
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

    /** Each {@code h2} to {@code h4} with an id: its level, id and text. */
    static List<Map<String, Object>> headings(String html) {
        List<Map<String, Object>> headings = new ArrayList<>();
        Matcher heading = HEADING.matcher(html);
        while (heading.find()) {
            String title = HtmlText.stripHtml(heading.group(3)).strip().replaceAll("\\s+", " ");
            if (!title.isEmpty()) {
                headings.add(LiquidData.ordered("level", Integer.parseInt(heading.group(1)), "id", heading.group(2),
                        "title", title));
            }
        }
        return headings;
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
        long characters = text.codePoints().filter(ThemeFilters::readByCharacter).count();
        long words = 0;
        Matcher word = WORD.matcher(text.codePoints().map(c -> readByCharacter(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
        while (word.find()) {
            words++;
        }
        double minutes = (double) characters / CHARACTERS_PER_MINUTE + (double) words / WORDS_PER_MINUTE;
        return Math.max(1, (int) Math.ceil(minutes));
    }

    private static boolean readByCharacter(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }
}
