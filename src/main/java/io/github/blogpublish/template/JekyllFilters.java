package io.github.blogpublish.template;

import liqp.LValue;
import liqp.TemplateContext;
import liqp.filters.Filter;
import liqp.filters.Filters;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The Jekyll filters Liquid lacks ({@code date_to_xmlschema}, {@code xml_escape}, {@code slugify},
 * {@code markdownify}, {@code jsonify}, {@code group_by}, ...), with Jekyll's outputs. Dates are formatted in
 * the zone they carry and in English, never in the machine's zone or locale.
 */
public final class JekyllFilters {

    private static final DateTimeFormatter XML_SCHEMA = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.ENGLISH);

    private JekyllFilters() {
    }

    static List<Filter> all() {
        Filter json = Filters.JEKYLL_FILTERS.get("json");
        Filter whereExp = Filters.JEKYLL_FILTERS.get("where_exp");
        Filter liqpSort = Filters.JEKYLL_FILTERS.get("sort");
        Filter liqpTruncate = Filters.JEKYLL_FILTERS.get("truncate");
        return List.of(
                filter("truncate", (self, value, context, params) -> truncate(liqpTruncate, value, context, params)),
                filter("sort", (self, value, context, params) -> sortByProperty(self, liqpSort, value, context, params)),
                strftime(), bounded("append"), bounded("prepend"), bounded("replace"), bounded("replace_first"),
                bounded("join"),
                filter("normalize_whitespace", (self, value, context, params) -> normalizeWhitespace(value)),
                date("date_to_xmlschema", XML_SCHEMA),
                date("date_to_rfc822", RFC_822),
                date("date_to_string", SHORT),
                date("date_to_long_string", LONG),
                text("xml_escape", (s, p) -> Html.escape(s)),
                // Ruby's CGI.escapeHTML, which also escapes an apostrophe (&#39;); Liqp's leaves it.
                text("escape", (s, p) -> Html.escape(s)),
                text("h", (s, p) -> Html.escape(s)),
                text("escape_once", (s, p) -> ESCAPE_ONCE.matcher(s).replaceAll(m -> Html.escape(m.group()))),
                text("cgi_escape", (s, p) -> URLEncoder.encode(s, StandardCharsets.UTF_8)),
                text("uri_escape", (s, p) -> uriEscape(s)),
                text("slugify", (s, p) -> slugify(s, p.length > 0 ? String.valueOf(p[0]) : "default")),
                text("smartify", (s, p) -> RubyFilters.smartify(s)),
                text("strip_html", (s, p) -> HtmlText.stripHtml(s)),
                filter("relative_url", (self, value, context, params) ->
                        relativeUrl(self.asString(value, context), JekyllTags.model(context).site())),
                filter("absolute_url", JekyllFilters::absoluteUrl),
                text("number_of_words", (s, p) -> Integer.toString(RubyFilters.numberOfWords(s, p.length > 0 ? String.valueOf(p[0]) : ""))),
                filter("find", RubyFilters::find),
                filter("find_exp", (self, value, context, params) -> {
                    // The first item where_exp keeps: the same condition, evaluated as Liquid does it.
                    Object[] kept = self.asArray(whereExp.apply(value, context, params), context);
                    return kept.length == 0 ? null : kept[0];
                }),
                filter("to_integer", (self, value, context, params) -> RubyFilters.toInteger(value)),
                filter("markdownify", (self, value, context, params) ->
                        JekyllTags.model(context).markdown().apply(self.asString(value, context))),
                filter("jsonify", (self, value, context, params) -> json.apply(value, context, params)),
                filter("scssify", (self, value, context, params) ->
                        JekyllTags.model(context).sass().compile(self.asString(value, context), false)),
                filter("sassify", (self, value, context, params) ->
                        JekyllTags.model(context).sass().compile(self.asString(value, context), true)),
                text("strip_index", (s, p) -> STRIP_INDEX.matcher(s).replaceFirst("/")),
                filter("group_by_exp", JekyllFilters::groupByExp),
                filter("inspect", (self, value, context, params) -> Html.escape(RubyFilters.inspect(value))),
                filter("array_to_sentence_string", JekyllFilters::arrayToSentence),
                filter("group_by", JekyllFilters::groupBy),
                // Deterministic output: the first item, not a random one.
                filter("sample", (self, value, context, params) -> {
                    Object[] items = self.asArray(value, context);
                    return items.length == 0 ? null : items[0];
                }));
    }

    /**
     * {@code sort: "property"} over maps (posts) as Liqp's {@code sort} orders them (a stable sort by the property's
     * value, "comparison of Hash with Hash failed" when an item lacks it), but giving the items themselves: Liqp's
     * copies every item into a new map, which read the content of every post (10,000 posts' HTML for a feed that
     * shows ten, and a feed that depends on all of them). Anything else is Liqp's own sort.
     */
    private static Object sortByProperty(Filter self, Filter liqpSort, Object value, TemplateContext context,
                                         Object[] params) {
        if (params.length == 0 || value == null || value instanceof Map || !self.isArray(value)) {
            return liqpSort.apply(value, context, params);
        }
        Object[] items = self.asArray(value, context);
        if (items.length == 0 || !java.util.Arrays.stream(items)
                .allMatch(item -> item instanceof Map && !(item instanceof liqp.parser.Inspectable))) {
            return liqpSort.apply(value, context, params);
        }
        String property = self.asString(params[0], context);
        List<ByProperty> list = new ArrayList<>(items.length);
        for (Object item : items) {
            list.add(new ByProperty((Map<?, ?>) item, property));
        }
        java.util.Collections.sort(list);
        return list.stream().map(ByProperty::item).toArray();
    }

    /** An item of a sort by property, compared as Liqp's {@code Sort.SortableMap} compares. */
    private record ByProperty(Map<?, ?> item, String property) implements Comparable<ByProperty> {
        @Override
        @SuppressWarnings("unchecked")
        public int compareTo(ByProperty that) {
            Object mine = item.get(property);
            Object theirs = that.item.get(property);
            if (mine == null || theirs == null) {
                throw new RuntimeException("Liquid error: comparison of Hash with Hash failed");
            }
            return ((Comparable<Object>) mine).compareTo(theirs);
        }
    }

    /** What a filter does, handed the filter itself for Liqp's conversions ({@code asString}, {@code asArray}). */
    private interface Body {
        Object apply(Filter self, Object value, TemplateContext context, Object[] params);
    }

    private static Filter filter(String name, Body body) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return body.apply(this, value, context, params);
            }
        };
    }

    private static Object absoluteUrl(Filter self, Object value, TemplateContext context, Object[] params) {
        String path = self.asString(value, context);
        if (SCHEME.matcher(path).matches()) {
            return path;
        }
        Map<String, Object> site = JekyllTags.model(context).site();
        return JekyllTags.text(site.get("url")) + relativeUrl(path, site);
    }

    /** {@code ["a", "b", "c"]} as {@code a, b, and c}. */
    private static Object arrayToSentence(Filter self, Object value, TemplateContext context, Object[] params) {
        List<String> items = new ArrayList<>();
        for (Object item : self.asArray(value, context)) {
            items.add(self.asString(item, context));
        }
        String connector = params.length > 0 ? self.asString(params[0], context) : "and";
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.get(0);
            case 2 -> items.get(0) + " " + connector + " " + items.get(1);
            default -> String.join(", ", items.subList(0, items.size() - 1)) + ", " + connector + " "
                    + items.get(items.size() - 1);
        };
    }

    /** The items in groups by a property: each {@code name}, {@code items} and {@code size}, in first-seen order. */
    private static Object groupBy(Filter self, Object value, TemplateContext context, Object[] params) {
        String property = params.length > 0 ? self.asString(params[0], context) : "";
        Map<String, List<Object>> groups = new LinkedHashMap<>();
        for (Object item : self.asArray(value, context)) {
            Object key = item instanceof Map<?, ?> m ? m.get(property) : null;
            groups.computeIfAbsent(key == null ? "" : self.asString(key, context), k -> new ArrayList<>()).add(item);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        groups.forEach((name, items) -> out.add(LiquidData.ordered("name", name, "items", items, "size", items.size())));
        return out;
    }

    /**
     * {@code items | group_by_exp: "item", "item.type | size"}: the items in groups named by what the expression
     * gives for each (rendered as Liquid, with the item under the variable's name), in the order first met.
     */
    private static Object groupByExp(Filter self, Object value, TemplateContext context, Object[] params) {
        if (params.length < 2) {
            throw new IllegalArgumentException("group_by_exp needs a variable name and an expression");
        }
        String variable = self.asString(params[0], context);
        liqp.Template expression = context.getParser().parse("{{ " + self.asString(params[1], context) + " }}");
        Map<String, List<Object>> groups = new LinkedHashMap<>();
        for (Object item : self.asArray(value, context)) {
            Map<String, Object> variables = new LinkedHashMap<>(context.getVariables());
            variables.put(variable, item);
            groups.computeIfAbsent(expression.render(variables), k -> new ArrayList<>()).add(item);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        groups.forEach((name, items) -> out.add(LiquidData.ordered("name", name, "items", items, "size", items.size())));
        return out;
    }

    /**
     * Liquid's {@code date} with the same output, but each format parsed once instead of at every call: the
     * archive and home pages format two dates per listed post. Only a date value with a format takes this way;
     * anything else goes to Liqp's own filter.
     */
    private static Filter strftime() {
        Filter liquid = Filters.JEKYLL_FILTERS.get("date");
        Map<String, ua.co.k.strftime.StrftimeFormatter> formats = new java.util.concurrent.ConcurrentHashMap<>();
        return new Filter("date") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                if (params.length > 0 && params[0] instanceof String format && RUBY_ONLY.matcher(format).find()) {
                    return rubyParts(value, format, context, params);
                }
                return formatted(value, context, params);
            }

            /**
             * Ruby's {@code %e} (the day padded with a space) and {@code %Z} (the zone's abbreviation, {@code KST}),
             * which the formatter writes otherwise: each left as a mark in the format, then put in.
             */
            private Object rubyParts(Object value, String format, TemplateContext context, Object[] params) {
                ZonedDateTime date = value instanceof CharSequence text ? parseDate(text.toString(), context)
                        : LValue.isTemporal(value) ? LValue.asRubyDate(value, context) : null;
                Object[] marked = params.clone();
                marked[0] = RUBY_ONLY.matcher(format).replaceAll(m -> m.group().endsWith("e") ? "\uE000" : "\uE001");
                Object out = formatted(value, context, marked);
                if (date == null || !(out instanceof String text)) {
                    return out;
                }
                // A date at the site zone's offset is in that zone, as a Ruby Time is in the local one (Jekyll sets TZ).
                java.time.ZoneId site = siteZone(context);
                ZonedDateTime local = date.getZone() instanceof java.time.ZoneOffset && site.getRules().getOffset(date.toInstant()).equals(date.getOffset())
                        ? date.withZoneSameInstant(site) : date;
                String zone = local.getZone() instanceof java.time.ZoneOffset offset
                        ? (offset.getTotalSeconds() == 0 ? "UTC" : "")
                        : DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(local);
                return text.replace("\uE000", String.format(Locale.ROOT, "%2d", date.getDayOfMonth()))
                        .replace("\uE001", zone);
            }

            private Object formatted(Object value, TemplateContext context, Object... params) {
                if (!LValue.isTemporal(value) || params.length == 0 || !(params[0] instanceof String format)
                        || format.isBlank() || formats.size() > 256) {
                    return liquid.apply(value, context, params);
                }
                try {
                    Locale locale = context.getParser().locale;
                    ua.co.k.strftime.StrftimeFormatter formatter = formats.computeIfAbsent(locale + "\u0000" + format,
                            key -> ua.co.k.strftime.StrftimeFormatter.ofSafePattern(format, locale));
                    return formatter.format(LValue.asTemporal(value, context));
                } catch (RuntimeException e) {
                    return liquid.apply(value, context, params);
                }
            }
        };
    }

    private static Filter date(String name, DateTimeFormatter format) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                if (value == null || asString(value, context).isEmpty()) {
                    return "";
                }
                ZonedDateTime date = value instanceof CharSequence text ? parseDate(text.toString(), context)
                        : LValue.asRubyDate(value, context);
                if (date == null) {
                    return asString(value, context);
                }
                if (params.length > 0 && "ordinal".equals(asString(params[0], context)) && format != XML_SCHEMA
                        && format != RFC_822) {
                    // Jekyll's stringify_date: "1st Oct 2022", or with the style US "Oct 1st, 2022".
                    String month = date.format(DateTimeFormatter.ofPattern(format == LONG ? "MMMM" : "MMM", Locale.ENGLISH));
                    String day = date.getDayOfMonth() + ordinal(date.getDayOfMonth());
                    return params.length > 1 && "US".equals(asString(params[1], context))
                            ? month + " " + day + ", " + date.getYear() : day + " " + month + " " + date.getYear();
                }
                return format.format(date);
            }
        };
    }

    private static String ordinal(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static final java.util.regex.Pattern DATE_TEXT = java.util.regex.Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");

    /**
     * A date written as text ({@code 2022-10-01}, {@code 2022-10-01 09:30:00 +0900}), as Jekyll's filters read it:
     * with its offset, else in the site's time zone. Null for text that is no such date (Liqp's reading then).
     */
    private static ZonedDateTime parseDate(String text, TemplateContext context) {
        java.util.regex.Matcher m = DATE_TEXT.matcher(text.strip());
        if (!m.matches()) {
            return LValue.asRubyDate(text, context);
        }
        try {
            java.time.LocalDateTime local = java.time.LocalDateTime.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            java.time.ZoneId zone = m.group(7) != null ? java.time.ZoneOffset.of(m.group(7).equalsIgnoreCase("Z") ? "Z"
                    : m.group(7).length() == 5 ? m.group(7).substring(0, 3) + ":" + m.group(7).substring(3) : m.group(7))
                    : siteZone(context);
            return local.atZone(zone);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static java.time.ZoneId siteZone(TemplateContext context) {
        try {
            Object zone = JekyllTags.model(context).site().get("timezone");
            return zone == null ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(String.valueOf(zone));
        } catch (RuntimeException none) {
            return java.time.ZoneOffset.UTC;
        }
    }

    /**
     * Liquid's {@code normalize_whitespace} (trimmed, each run of white space one space) in one pass: Liqp's
     * regular expression was the largest cost of the search index, which runs it over every post.
     */
    static String normalizeWhitespace(Object value) {
        if (value == null) {
            return "";
        }
        // Compacted in place in a copy of the characters: no per-character append.
        char[] chars = value.toString().trim().toCharArray();
        int length = 0;
        boolean inSpace = false;
        for (char c : chars) {
            if (HtmlText.isWhitespace(c)) {
                if (!inSpace) {
                    chars[length++] = ' ';
                    inSpace = true;
                }
            } else {
                chars[length++] = c;
                inSpace = false;
            }
        }
        return new String(chars, 0, length);
    }

    /**
     * Liqp's {@code truncate}, whose result grows in a builder from 16 characters (the search index truncates
     * 10,000 texts of 2,000): a text cut at a length made at once, anything else left to Liqp's.
     */
    static Object truncate(Filter liquid, Object value, TemplateContext context, Object[] params) {
        if (value instanceof String text && params.length == 1
                && (params[0] instanceof Long || params[0] instanceof Integer)) {
            int length = ((Number) params[0]).intValue();
            if (length >= text.length()) {
                return text;
            }
            return length <= 3 ? "..." : text.substring(0, length - 3).concat("...");
        }
        return liquid.apply(value, context, params);
    }

    /**
     * Liquid's own filter of this name, refusing a result longer than {@link LayoutEngine#MAX_FILTERED_CHARS}:
     * a text that doubles itself in a loop would otherwise take all memory before any output limit is reached.
     */
    private static Filter bounded(String name) {
        Filter liquid = Filters.JEKYLL_FILTERS.get(name);
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                Object result = liquid.apply(value, context, params);
                if (result instanceof CharSequence text && text.length() > LayoutEngine.MAX_FILTERED_CHARS) {
                    throw new IllegalStateException("the filter " + name + " made a text of " + text.length()
                            + " characters; the limit is " + LayoutEngine.MAX_FILTERED_CHARS);
                }
                return result;
            }
        };
    }

    private static Filter text(String name, BiFunction<String, Object[], String> function) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return function.apply(value == null ? "" : asString(value, context), params);
            }
        };
    }

    /** The base URL and the path joined with exactly one slash between them, as Jekyll's {@code relative_url}. */
    static String relativeUrl(String path, Map<String, Object> site) {
        if (SCHEME.matcher(path).matches() || path.startsWith("//")) {
            return path;
        }
        String base = JekyllTags.text(site.get("baseurl"));
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    /** Percent-encodes what may not stand in a URI, keeping its reserved characters, as Jekyll does. */
    static String uriEscape(String text) {
        return io.github.blogpublish.model.Permalink.percentEncode(text, "-_.!~*'()/?:@&=+$,;#[]%");
    }

    /** Jekyll's slugify: lower case, runs of unwanted characters become one hyphen; modes as in Jekyll. */
    public static String slugify(String text, String mode) {
        Pattern pattern = switch (mode) {
            case "raw" -> SLUG_RAW;
            case "none" -> null;
            case "pretty" -> SLUG_PRETTY;
            case "ascii", "latin" -> SLUG_ASCII;
            default -> SLUG_DEFAULT;
        };
        String value = mode.equals("latin")
                ? MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("") : text;
        if (pattern != null) {
            value = EDGE_HYPHENS.matcher(pattern.matcher(value).replaceAll("-")).replaceAll("");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** A URL with a scheme ({@code https:}, {@code mailto:}): left as it is by the URL filters. */
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Pattern SLUG_RAW = Pattern.compile("\\s+");
    private static final Pattern SLUG_PRETTY = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}._~!$&'()+,;=@]+");
    private static final Pattern SLUG_ASCII = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern SLUG_DEFAULT = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern STRIP_INDEX = Pattern.compile("/index\\.html?$");
    /** What Ruby Liquid's {@code escape_once} escapes: all but an {@code &} that starts a named or decimal entity. */
    private static final Pattern ESCAPE_ONCE = Pattern.compile("[\"><']|&(?!([a-zA-Z]+|(#\\d+));)");
    /** {@code %e} and {@code %Z}, not after a {@code %} that escapes them. */
    private static final Pattern RUBY_ONLY = Pattern.compile("(?<!%)%[eZ]");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
}
