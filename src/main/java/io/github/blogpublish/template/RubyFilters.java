package io.github.blogpublish.template;

import liqp.TemplateContext;
import liqp.filters.Filter;

import java.util.Locale;
import java.util.Map;

/**
 * Jekyll's filters whose results are Ruby's own forms: {@code number_of_words} with its CJK modes, {@code find},
 * {@code inspect}, {@code smartify} (kramdown's SmartyPants) and {@code to_integer} (Ruby's {@code to_i}),
 * each held to what Jekyll writes by {@code JekyllFiltersOracleTest}.
 */
final class RubyFilters {

    private RubyFilters() {
    }

    private static final java.util.regex.Pattern CJK =
            java.util.regex.Pattern.compile("[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}\\p{IsHangul}]");
    private static final java.util.regex.Pattern NON_CJK_WORD =
            java.util.regex.Pattern.compile("[^\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}\\p{IsHangul}\\s]+");

    /**
     * Jekyll's {@code number_of_words}: words between white space; with {@code cjk} every Han, Kana or Hangul
     * character counts as a word, and so does each run of other characters; {@code auto} counts as {@code cjk}
     * when the text has such characters.
     */
    static int numberOfWords(String text, String mode) {
        int plain = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        if (!mode.equals("cjk") && !mode.equals("auto")) {
            return plain;
        }
        long cjk = CJK.matcher(text).results().count();
        if (mode.equals("auto") && cjk == 0) {
            return plain;
        }
        return (int) (cjk + NON_CJK_WORD.matcher(text).results().count());
    }

    /** Jekyll's {@code find}: the first item whose property is the value (as text), as {@code where} compares. */
    static Object find(Filter self, Object value, TemplateContext context, Object[] params) {
        if (params.length < 2 || params[0] == null || params[1] instanceof java.util.Collection<?>
                || params[1] instanceof Map<?, ?> || !(value instanceof java.util.Collection<?> || value instanceof Map<?, ?>
                || value instanceof Object[])) {
            return value;
        }
        Object[] items = value instanceof Map<?, ?> map ? map.values().toArray() : self.asArray(value, context);
        String property = self.asString(params[0], context);
        for (Object item : items) {
            Object found = item instanceof Map<?, ?> m ? m.get(property) : null;
            if (matches(found, params[1])) {
                return item;
            }
        }
        return null;
    }

    /** Jekyll's {@code compare_property_vs_target}: nil matches nil; else text equals text, or any item's text. */
    private static boolean matches(Object property, Object target) {
        if (target == null) {
            return property == null;
        }
        String wanted = String.valueOf(target);
        if (property instanceof String text) {
            return text.equals(wanted);
        }
        if (property instanceof java.util.Collection<?> list) {
            return list.stream().anyMatch(item -> String.valueOf(item).equals(wanted));
        }
        return property != null && String.valueOf(property).equals(wanted);
    }

    /**
     * Jekyll's {@code inspect}: the value as Ruby's {@code inspect} writes it ({@code "x"}, {@code ["a", "b"]},
     * {@code {"k"=>"v"}}, {@code nil}), then escaped for HTML.
     */
    static String inspect(Object value) {
        if (value == null) {
            return "nil";
        }
        if (value instanceof CharSequence text) {
            StringBuilder out = new StringBuilder("\"");
            text.codePoints().forEach(c -> {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    case '\r' -> out.append("\\r");
                    case '#' -> out.append('#');
                    default -> {
                        if (c < 0x20 || c == 0x7F) {
                            out.append(String.format(Locale.ROOT, "\\x%02X", c));
                        } else {
                            out.appendCodePoint(c);
                        }
                    }
                }
            });
            return out.append('"').toString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> inspect(e.getKey()) + "=>" + inspect(e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof java.util.Collection<?> list) {
            return list.stream().map(RubyFilters::inspect).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Object[] array) {
            return inspect(java.util.Arrays.asList(array));
        }
        return String.valueOf(value);
    }

    /**
     * Jekyll's {@code smartify} (kramdown's SmartyPants): {@code ---} an em dash, {@code --} an en dash,
     * {@code ...} an ellipsis, straight quotes curly (opening at the start, after white space or an opening
     * bracket or a tag, else closing, so an apostrophe in a word is a closing one), a bare {@code &} escaped; HTML tags
     * are left as they are.
     */
    static String smartify(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inTag = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inTag) {
                out.append(c);
                inTag = c != '>';
            } else if (c == '<' && i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1))
                    || text.charAt(i + 1) == '/' || text.charAt(i + 1) == '!')) {
                out.append(c);
                inTag = true;
            } else if (text.startsWith("---", i)) {
                out.append('\u2014');
                i += 2;
            } else if (text.startsWith("--", i)) {
                out.append('\u2013');
                i += 1;
            } else if (text.startsWith("...", i)) {
                out.append('\u2026');
                i += 2;
            } else if (c == '"' || c == '\'') {
                char before = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                boolean opening = Character.isWhitespace(before) || "([{>\u2014\u2013\u201C\u2018".indexOf(before) >= 0;
                out.append(c == '"' ? (opening ? '\u201C' : '\u201D') : (opening ? '\u2018' : '\u2019'));
            } else if (c == '&' && !ENTITY.matcher(text).region(i, text.length()).lookingAt()) {
                out.append("&amp;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(#\\d+|#x\\p{XDigit}+|\\w+);");

    private static final java.util.regex.Pattern LEADING_INTEGER =
            java.util.regex.Pattern.compile("^\\s*([+-]?\\d+(?:_\\d+)*)");

    /** Jekyll's {@code to_integer}: Ruby's {@code to_i}, with true 1 and false 0. */
    static Object toInteger(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (value instanceof java.math.BigDecimal || value instanceof java.math.BigInteger || value instanceof Number) {
            return value instanceof java.math.BigInteger big ? big : (Object) ((Number) value).longValue();
        }
        // Ruby's String#to_i: leading blanks, a sign and digits (underscores between them); else 0.
        java.util.regex.Matcher m = LEADING_INTEGER.matcher(value == null ? "" : String.valueOf(value));
        return m.find() ? new java.math.BigInteger(m.group(1).replace("_", "").replace("+", "")) : 0L;
    }
}
