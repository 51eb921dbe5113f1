package io.github.blogpublish.model;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's permalink rules: a style name or pattern with {@code :placeholders} becomes a post's URL, and
 * a URL becomes the file it is written to. Pure functions; a URL that would leave the site folder is
 * refused here, so no later stage can compute such a path.
 */
public final class Permalink {

    /** Jekyll's built-in styles. */
    public static final Map<String, String> STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");

    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");
    private static final Pattern UNSAFE_IN_SLUG = Pattern.compile("[\\s/\\\\?#%\\p{Cntrl}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Permalink() {
    }

    /** The pattern for a style name, or the value itself when it is already a pattern. */
    public static String pattern(String styleOrPattern) {
        return STYLES.getOrDefault(styleOrPattern, styleOrPattern);
    }

    /**
     * Expands a permalink pattern for one post.
     *
     * @param styleOrPattern a style name or a pattern such as {@code /:year/:title/}
     * @param date           the post's date in the site's zone
     * @param slug           the post's slug
     * @param categories     the post's categories
     * @return the URL, starting with {@code /}, not percent-encoded
     * @throws IllegalArgumentException when the result would contain {@code .} or {@code ..} segments,
     *                                  a backslash or a control character
     */
    public static String expand(String styleOrPattern, ZonedDateTime date, String slug, List<String> categories) {
        String pattern = pattern(styleOrPattern);
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = placeholder(m.group(1), date, slug, categories);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return normalize(out.toString());
    }

    /** A number with leading zeros to {@code width} digits (String.format is slow, and every post needs this). */
    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static String placeholder(String name, ZonedDateTime d, String slug, List<String> categories) {
        return switch (name) {
            case "year" -> pad(d.getYear(), 4);
            case "short_year" -> pad(d.getYear() % 100, 2);
            case "month" -> pad(d.getMonthValue(), 2);
            case "i_month" -> Integer.toString(d.getMonthValue());
            case "short_month" -> d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "long_month" -> d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "day" -> pad(d.getDayOfMonth(), 2);
            case "i_day" -> Integer.toString(d.getDayOfMonth());
            case "y_day" -> pad(d.getDayOfYear(), 3);
            case "short_day" -> d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "long_day" -> d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "week" -> pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case "w_year" -> Integer.toString(d.get(IsoFields.WEEK_BASED_YEAR));
            case "w_day" -> Integer.toString(d.getDayOfWeek().getValue());
            case "hour" -> pad(d.getHour(), 2);
            case "minute" -> pad(d.getMinute(), 2);
            case "second" -> pad(d.getSecond(), 2);
            case "title", "slug" -> slug;
            case "categories" -> String.join("/", categories.stream()
                    .map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList());
            case "output_ext" -> ".html";
            default -> null;
        };
    }

    /**
     * A page's URL as Jekyll gives it: {@code docs/index.md} is {@code /docs/}; {@code about.md} is
     * {@code /about.html} under the {@code date} style and {@code /about/} under {@code pretty} (or any
     * pattern ending in a slash); a page that is not Markdown or HTML keeps its own extension.
     *
     * @param relativePath   the page's path below the source folder
     * @param styleOrPattern the site's permalink setting
     */
    public static String pageUrl(String relativePath, String styleOrPattern) {
        int slash = relativePath.lastIndexOf('/');
        String dir = slash < 0 ? "" : relativePath.substring(0, slash);
        String name = relativePath.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
        boolean html = ext.equals(".md") || ext.equals(".markdown") || ext.equals(".html") || ext.equals(".htm");
        String path = dir.isEmpty() ? "/" : "/" + dir + "/";
        if (!html) {
            return normalize(path + name);
        }
        if (base.equals("index")) {
            return normalize(path);
        }
        String pattern = pattern(styleOrPattern);
        String suffix = pattern.endsWith("/") ? "/" : pattern.endsWith(":output_ext") ? ".html" : "";
        return normalize(path + base + suffix);
    }

    /**
     * Squeezes repeated slashes and checks every segment.
     *
     * @throws IllegalArgumentException for {@code .}/{@code ..} segments, backslashes or control characters
     */
    public static String normalize(String url) {
        if (normal(url)) {
            return url; // most are: each post's URL is asked for on every build
        }
        boolean directory = url.endsWith("/");
        List<String> segments = new ArrayList<>();
        for (String segment : url.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("the URL " + url + " contains a '" + segment + "' segment");
            }
            if (segment.indexOf('\\') >= 0 || segment.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("the URL " + url + " contains a backslash or control character");
            }
            segments.add(segment);
        }
        String joined = "/" + String.join("/", segments);
        return directory && !segments.isEmpty() ? joined + "/" : joined;
    }

    /**
     * Whether {@link #normalize} gives the URL as it is: it starts with a slash, and has no empty segment but the last,
     * no {@code .} or {@code ..} segment, no backslash and no control character.
     */
    private static boolean normal(String url) {
        if (url.isEmpty() || url.charAt(0) != '/') {
            return false;
        }
        int segment = 1;
        for (int i = 1; i <= url.length(); i++) {
            char c = i < url.length() ? url.charAt(i) : '/';
            if (c == '/') {
                int length = i - segment;
                if (length == 0 && i < url.length() || length == 1 && url.charAt(segment) == '.'
                        || length == 2 && url.startsWith("..", segment)) {
                    return false;
                }
                segment = i + 1;
            } else if (c == '\\' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The file a URL is written to, relative to the site folder: {@code /a/b/} becomes
     * {@code a/b/index.html}, {@code /a/b} becomes {@code a/b.html}, {@code /a/b.html} stays.
     */
    public static String outputPath(String url) {
        String normalized = normalize(url);
        String path = normalized.substring(1);
        if (path.isEmpty() || normalized.endsWith("/")) {
            return path + "index.html";
        }
        return path.endsWith(".html") ? path : path + ".html";
    }

    /**
     * A slug that is safe as one path segment: runs of white space, slashes, backslashes, {@code ?},
     * {@code #}, {@code %} and control characters become one hyphen; letters of every script are kept.
     */
    /**
     * Jekyll's {@code slugify} of a file name for {@code :name} and {@code :title}, case kept: every run of
     * characters other than letters and digits is one hyphen, none at either end.
     */
    public static String slugCased(String raw) {
        return raw.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }

    public static String slug(String raw) {
        String s = UNSAFE_IN_SLUG.matcher(raw.strip()).replaceAll("-");
        s = EDGE_HYPHENS.matcher(s).replaceAll("");
        return s.equals(".") || s.equals("..") ? s.replace('.', '-') : s;
    }

    /**
     * A URL path with its percent escapes decoded as UTF-8; a {@code +} stays a plus, as in paths. Empty when an
     * escape is malformed.
     */
    public static java.util.Optional<String> decode(String path) {
        if (path.indexOf('%') < 0) {
            return java.util.Optional.of(path); // nothing to decode: the link check asks this of every link
        }
        try {
            return java.util.Optional.of(java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return java.util.Optional.empty();
        }
    }

    /** The URL as a link: every byte outside the unreserved set and {@code /} is percent-encoded. */
    public static String encode(String url) {
        return percentEncode(url, "-._~/!$&'()*+,;=:@");
    }

    /**
     * A {@code /}-separated path with empty and {@code .} segments dropped and {@code ..} applied, without leading
     * or trailing slash; empty when a {@code ..} climbs above the start.
     */
    public static java.util.Optional<String> resolveDots(String path) {
        // The common case, asked of every link the link check resolves: no empty, "." or ".." segment between the
        // outer slashes, so the path is its own result without them.
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        boolean plain = start < end;
        for (int i = start, segment = start; plain && i <= end; i++) {
            if (i == end || path.charAt(i) == '/') {
                int length = i - segment;
                plain = length > 2 || length > 0 && path.charAt(segment) != '.'
                        || length == 2 && path.charAt(segment + 1) != '.';
                segment = i + 1;
            }
        }
        return plain ? java.util.Optional.of(path.substring(start, end)) : resolveDotsBySegments(path);
    }

    /** {@link #resolveDots} segment by segment: any path. */
    static java.util.Optional<String> resolveDotsBySegments(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return java.util.Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return java.util.Optional.of(String.join("/", parts));
    }

    /** UTF-8 percent-encoding of every byte but ASCII letters, digits and the characters of {@code keep}. */
    public static String percentEncode(String text, String keep) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || keep.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /** Why a front matter permalink is refused, or null when it is fine. */
    public static String problem(String permalink) {
        if (!permalink.startsWith("/")) {
            return "must start with /";
        }
        if (permalink.indexOf('\\') >= 0) {
            return "must not contain a backslash";
        }
        if (permalink.toLowerCase(java.util.Locale.ROOT).contains("%2e")) {
            return "must not contain encoded dots (%2e)";
        }
        for (String segment : permalink.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return "must not contain '" + segment + "' segments";
            }
        }
        return null;
    }

    /**
     * The title Jekyll gives a post without one: its slug's words, each capitalised ({@code welcome-to-jekyll} is
     * {@code Welcome To Jekyll}), as Jekyll's {@code Utils.titleize_slug} makes it.
     */
    public static String titleFromSlug(String slug) {
        StringBuilder title = new StringBuilder();
        for (String word : slug.split("-")) {
            if (title.length() > 0) {
                title.append(' ');
            }
            if (!word.isEmpty()) {
                title.appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
                        .append(word.substring(Character.charCount(word.codePointAt(0))).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return title.toString();
    }
}
