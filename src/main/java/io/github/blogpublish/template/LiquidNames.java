package io.github.blogpublish.template;

import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import liqp.Insertions;
import liqp.filters.Filters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tags and filters a template uses that neither Liquid, Jekyll nor this plugin knows (an
 * {@code {% oembed %}} from a Jekyll plugin, a typo in a filter), so each is reported at its file and
 * line before anything is rendered; with the downgrade switch they are blanked out instead, keeping line
 * numbers, and the site builds without them.
 */
public final class LiquidNames {

    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)");
    private static final Pattern OUTPUT_OR_TAG = Pattern.compile("\\{\\{.*?\\}\\}|\\{%.*?%\\}", Pattern.DOTALL);
    private static final Pattern FILTER = Pattern.compile("\\|\\s*(\\w+)");
    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*(raw|comment)\\s*-?%\\}.*?\\{%-?\\s*end\\1\\s*-?%\\}",
            Pattern.DOTALL);
    private static final Pattern FILTER_WITH_ARGUMENTS = Pattern.compile("\\|\\s*(\\w+)(\\s*:[^|}%]*)?");
    private static final Pattern STRING = Pattern.compile("\"[^\"]*\"|'[^']*'");

    private final Set<String> tags = new TreeSet<>();
    private final Set<String> filters = new TreeSet<>();

    LiquidNames(Set<String> extraTags, Set<String> extraFilters) {
        Insertions.JEKYLL_INSERTIONS.values().forEach(i -> tags.add(i.name));
        tags.addAll(List.of("if", "elsif", "else", "unless", "case", "when", "for", "tablerow", "capture", "comment",
                "raw", "cycle", "assign", "include", "include_cached", "include_relative", "break", "continue", "increment",
                "decrement", "ifchanged", "liquid", "echo"));
        tags.addAll(extraTags);
        Filters.JEKYLL_FILTERS.getMap().keySet().forEach(filters::add);
        filters.addAll(extraFilters);
    }

    /** An unknown name at a line of a template. */
    record Unknown(String kind, String name, int line, int column) {
    }

    /** Every unknown tag and filter in {@code text}, whose first line is {@code firstLine} of its file. */
    List<Unknown> unknowns(String text, int firstLine) {
        String scanned = blankRaw(text);
        List<Unknown> found = new ArrayList<>();
        Matcher tag = TAG.matcher(scanned);
        while (tag.find()) {
            String name = tag.group(1);
            boolean known = tags.contains(name) || name.startsWith("end") && tags.contains(name.substring(3));
            if (!known) {
                found.add(at("tag", name, scanned, tag.start(), firstLine));
            }
        }
        Matcher chunk = OUTPUT_OR_TAG.matcher(scanned);
        while (chunk.find()) {
            String inside = STRING.matcher(chunk.group()).replaceAll(m -> " ".repeat(m.group().length()));
            Matcher filter = FILTER.matcher(inside);
            while (filter.find()) {
                if (!filters.contains(filter.group(1))) {
                    found.add(at("filter", filter.group(1), scanned, chunk.start() + filter.start(1), firstLine));
                }
            }
        }
        return found;
    }

    /** Reports each unknown as an error, or as a warning when {@code downgrade} is set. */
    void report(Path file, List<Unknown> unknowns, boolean downgrade, Problems problems) {
        for (Unknown u : unknowns) {
            SourceLocation at = SourceLocation.at(file, u.line(), u.column());
            String message = "unknown Liquid " + u.kind() + " '" + u.name() + "'";
            String hint = u.kind().equals("tag")
                    ? "it may come from a Jekyll plugin this build does not have; remove it, or set blog.unknownLiquid=warning to build without it"
                    : "check the spelling, or set blog.unknownLiquid=warning to build without it";
            problems.report(Rule.UNKNOWN_LIQUID, at, downgrade ? message + "; it is left out" : message, hint);
        }
    }

    /** The text without its unknown tags and filters; line breaks inside them are kept, so lines still match. */
    String neutralize(String original, List<Unknown> unknowns) {
        String text = withoutLaxSyntax(withHyphenatedNames(INCLUDE_CACHED.matcher(original).replaceAll("$1include$2")));
        if (unknowns.isEmpty()) {
            return text;
        }
        Set<String> badTags = new TreeSet<>();
        Set<String> badFilters = new TreeSet<>();
        unknowns.forEach(u -> (u.kind().equals("tag") ? badTags : badFilters).add(u.name()));
        boolean[] drop = new boolean[text.length()];
        Matcher m = OUTPUT_OR_TAG.matcher(text);
        while (m.find()) {
            String chunk = m.group();
            Matcher tag = TAG.matcher(chunk);
            if (tag.lookingAt() && (badTags.contains(tag.group(1))
                    || tag.group(1).startsWith("end") && badTags.contains(tag.group(1).substring(3)))) {
                java.util.Arrays.fill(drop, m.start(), m.end(), true);
                continue;
            }
            Matcher filter = FILTER_WITH_ARGUMENTS.matcher(chunk);
            while (filter.find()) {
                if (badFilters.contains(filter.group(1))) {
                    java.util.Arrays.fill(drop, m.start() + filter.start(), m.start() + filter.end(), true);
                }
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!drop[i] || text.charAt(i) == '\n') {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }

    /** The text with {@code raw} and {@code comment} blocks blanked, same length and lines. */
    /**
     * jekyll-include-cache's {@code {% include_cached %}}: the same include, which that plugin renders once per
     * set of parameters to save time. Here every include is rendered as it is, so it is an include.
     */
    private static final Pattern INCLUDE_CACHED = Pattern.compile("(\\{%-?\\s*)include_cached(\\s)");

    /** A property name with a hyphen after a dot: {@code .disqus-identifier}. */
    private static final Pattern HYPHENATED = Pattern.compile("\\.([A-Za-z_]\\w*(?:-\\w+)+)");

    /**
     * Ruby Liquid takes {@code -} in names ({@code site.data.settings.disqus-identifier}), Liqp's parser does not:
     * outside strings and raw blocks, {@code .a-b} is written {@code ["a-b"]}, the same lookup. Liquid has no
     * subtraction operator, so a hyphen between name characters can mean nothing else.
     */
    static String withHyphenatedNames(String text) {
        if (text.indexOf('-') < 0) {
            return text;
        }
        String plain = blankRaw(text);
        StringBuilder out = null;
        int copied = 0;
        Matcher m = OUTPUT_OR_TAG.matcher(plain);
        while (m.find()) {
            char quote = 0;
            for (int i = m.start(); i < m.end(); i++) {
                char c = plain.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '.') {
                    Matcher name = HYPHENATED.matcher(plain).region(i, m.end());
                    if (name.lookingAt()) {
                        out = out == null ? new StringBuilder(text.length() + 16) : out;
                        out.append(text, copied, i).append("[\"").append(name.group(1)).append("\"]");
                        copied = name.end();
                        i = name.end() - 1;
                    }
                }
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** A comma before the end of an output, a tag or the next filter: {@code append: 'b', }}}. */
    private static final Pattern TRAILING_COMMA = Pattern.compile(",(\\s*)(?=\\||-?\\}\\}|-?%\\})");
    /** A filter with an argument but no colon: {@code default "x"}, which Ruby Liquid reads as no argument. */
    private static final Pattern ARGUMENT_WITHOUT_COLON =
            Pattern.compile("(\\|\\s*\\w+)\\s+(\"[^\"]*\"|'[^']*'|\\w+)(\\s*)(?=\\||-?\\}\\}|-?%\\})");

    /** A comma before an attribute of a loop: {@code for i in list limit: 3, offset: 2}. */
    private static final Pattern LOOP_ATTRIBUTE_COMMA = Pattern.compile(",(?=\\s*(?:limit|offset|cols)\\s*:)");
    private static final Pattern LOOP_TAG = Pattern.compile("\\{%-?\\s*(?:for|tablerow)\\s");

    /**
     * A construct of Ruby Liquid's lax syntax: the characters Ruby Liquid ignores ({@code cutFrom} to
     * {@code cutTo}), where the construct is, what Ruby Liquid makes of it and what to write instead.
     */
    record Lax(int cutFrom, int cutTo, int line, int column, String message, String hint) {
    }

    /** Every lax construct of a text, outside strings and raw blocks, in the order they stand. */
    static List<Lax> laxConstructs(String text, int firstLine) {
        List<Lax> found = new ArrayList<>();
        if (text.indexOf(',') < 0 && text.indexOf('|') < 0) {
            return found;
        }
        String plain = blankStrings(blankRaw(text));
        Matcher m = OUTPUT_OR_TAG.matcher(plain);
        while (m.find()) {
            for (Matcher comma = TRAILING_COMMA.matcher(plain).region(m.start(), m.end()); comma.find(); ) {
                found.add(lax(text, comma.start(), comma.start() + 1, comma.start(), firstLine,
                        "a comma after the last argument, which Ruby Liquid ignores", "remove the comma"));
            }
            if (LOOP_TAG.matcher(plain).region(m.start(), m.end()).lookingAt()) {
                for (Matcher comma = LOOP_ATTRIBUTE_COMMA.matcher(plain).region(m.start(), m.end()); comma.find(); ) {
                    found.add(lax(text, comma.start(), comma.start() + 1, comma.start(), firstLine,
                            "a comma between the loop's attributes, which Ruby Liquid ignores", "remove the comma"));
                }
            }
            for (Matcher arg = ARGUMENT_WITHOUT_COLON.matcher(plain).region(m.start(), m.end()); arg.find(); ) {
                String shown = text.substring(arg.start(2), arg.end(2));
                String filter = text.substring(arg.start(1), arg.end(1)).replaceFirst("^\\|\\s*", "");
                found.add(lax(text, arg.end(1), arg.end(2), arg.start(2), firstLine, "the filter argument " + shown
                        + " has no colon before it, so Ruby Liquid (and Jekyll) pass no argument",
                        "write '" + filter + ": " + shown + "' to pass it, or remove it"));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Lax::cutFrom));
        return found;
    }

    private static Lax lax(String text, int cutFrom, int cutTo, int at, int firstLine, String message, String hint) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Lax(cutFrom, cutTo, line, at - lineStart + 1, message, hint);
    }

    /**
     * The text as Ruby Liquid's lax parser reads it, for Liqp's strict one: a trailing comma goes, and a filter
     * argument without a colon is dropped (Ruby Liquid passes none). Strings and raw blocks are left alone.
     */
    static String withoutLaxSyntax(String text) {
        List<Lax> cuts = laxConstructs(text, 1);
        if (cuts.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Lax cut : cuts) {
            if (cut.cutFrom() >= at) {
                out.append(text, at, cut.cutFrom());
                at = cut.cutTo();
            }
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The text with the inside of every quoted string blanked, so that no pattern finds syntax in one. */
    private static String blankStrings(String text) {
        StringBuilder out = new StringBuilder(text);
        Matcher m = OUTPUT_OR_TAG.matcher(text);
        while (m.find()) {
            Matcher string = STRING.matcher(text).region(m.start(), m.end());
            while (string.find()) {
                for (int i = string.start() + 1; i < string.end() - 1; i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    static String withoutRaw(String text) {
        return blankRaw(text);
    }

    private static String blankRaw(String text) {
        Matcher m = RAW.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            blank(out, m.start(), m.end());
        }
        return out.toString();
    }

    private static Unknown at(String kind, String name, String text, int offset, int firstLine) {
        SourceLocation place = SourceLocation.ofOffset(Path.of(""), text, offset, firstLine);
        return new Unknown(kind, name, place.line(), place.column());
    }
}
