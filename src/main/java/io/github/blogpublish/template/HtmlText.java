package io.github.blogpublish.template;

/**
 * HTML as text, in one pass each: Liquid's {@code strip_html} (tags and comments go, and the content of
 * {@code script} and {@code style}) and the first characters of a page's text for the search index.
 */
final class HtmlText {

    private HtmlText() {
    }

    /**
     * Liquid's {@code strip_html} in one pass: tags and comments go, and so does the content of {@code script}
     * and {@code style} elements. (The search index runs it over every post on every build.)
     */
    static String stripHtml(String html) {
        StringBuilder out = new StringBuilder(html.length());
        strip(html, (text, from, to) -> {
            out.append(text, from, to);
            return true;
        });
        return out.toString();
    }

    /** Where {@link #strip} puts the text it keeps, piece by piece; false when it wants no more. */
    interface TextSink {
        boolean accept(String text, int from, int to);
    }

    /** What {@link #stripHtml} keeps, handed to {@code out} piece by piece, not joined. */
    static void strip(String html, TextSink out) {
        int i = 0;
        int n = html.length();
        while (i < n) {
            int open = html.indexOf('<', i);
            if (open < 0) {
                out.accept(html, i, n);
                return;
            }
            if (!out.accept(html, i, open)) { // the text up to the tag, in one piece
                return;
            }
            i = open;
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            String rest = html.regionMatches(true, i, "<script", 0, 7) ? "</script" : html.regionMatches(true, i, "<style", 0, 6) ? "</style" : null;
            if (rest != null) {
                int end = indexOfIgnoreCase(html, rest, i);
                int close = end < 0 ? -1 : html.indexOf('>', end);
                i = close < 0 ? n : close + 1;
                continue;
            }
            int end = html.indexOf('>', i);
            if (end < 0) {
                out.accept(html, i, n);
                return;
            }
            i = end + 1;
        }
    }

    /**
     * {@code html | strip_html | normalize_whitespace} when that is shorter than {@code atLeast} characters, else
     * its first {@code atLeast} characters, read from only as much of the HTML as they need: the search index
     * shows the first thousand characters of each post. Exactly those filters' result: the trim of characters up
     * to U+0020 at both ends, each run of white space one space, every other character as it is.
     */
    static String strippedTextPrefix(String html, int atLeast) {
        StringBuilder out = new StringBuilder(Math.min(html.length(), atLeast + 16));
        StringBuilder pending = new StringBuilder(); // characters up to U+0020 after the last other one: trimmed at the end
        strip(html, (text, from, to) -> {
            for (int k = from; k < to; ) {
                char c = text.charAt(k);
                if (c <= ' ') {
                    if (out.length() > 0) {
                        pending.append(c);
                    }
                    k++;
                    continue;
                }
                boolean inSpace = false;
                for (int p = 0; p < pending.length(); p++) {
                    char q = pending.charAt(p);
                    if (isWhitespace(q)) {
                        if (!inSpace) {
                            out.append(' ');
                            inSpace = true;
                        }
                    } else {
                        out.append(q);
                        inSpace = false;
                    }
                }
                pending.setLength(0);
                // c and the characters after it up to white space, at once, but not past atLeast
                int end = k + 1;
                for (int room = atLeast - out.length(); end < to && end - k < room && text.charAt(end) > ' '; ) {
                    end++;
                }
                out.append(text, k, end);
                if (out.length() >= atLeast) {
                    return false;
                }
                k = end;
            }
            return true;
        });
        return out.toString();
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Where {@code lowerNeedle} (lower case ASCII) first stands in {@code text} at or after {@code from}, in any case. */
    private static int indexOfIgnoreCase(String text, String lowerNeedle, int from) {
        for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) {
                return i;
            }
        }
        return -1;
    }
}
