package io.github.blogpublish.template;

import io.github.blogpublish.model.Layout;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import liqp.exceptions.LiquidException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What can be wrong with a site's Liquid before and while it renders, said the way a blogger reads it: includes
 * that name no file, layouts in a loop or in a missing layout, a misplaced {@code highlight} block, and where in
 * the file Liquid's own errors are, with what to do about them.
 */
final class LiquidProblems {

    private LiquidProblems() {
    }

    private static final java.util.regex.Pattern INCLUDE =
            java.util.regex.Pattern.compile("\\{%-?\\s*include(?:_cached)?\\s+([^\\s%]+)");

    private static final java.util.regex.Pattern INCLUDE_RELATIVE =
            java.util.regex.Pattern.compile("\\{%-?\\s*include_relative\\s+([^\\s%]+)");

    /** Every {@code {% include name %}} with a literal name must name a file of {@code _includes}. */
    static void checkIncludes(Path file, String text, int firstLine, Set<String> includes, Problems problems) {
        java.util.regex.Matcher m = INCLUDE.matcher(LiquidNames.withoutRaw(text));
        while (m.find()) {
            String name = m.group(1);
            if (name.contains("{{") || includes.contains(name)) {
                continue;
            }
            problems.report(Rule.UNKNOWN_INCLUDE, SourceLocation.ofOffset(file, text, m.start(), firstLine),
                    "there is no _includes/" + name,
                    io.github.blogpublish.problem.Suggestion.closest(name, includes)
                            .map(n -> "did you mean " + n + "?").orElse("add _includes/" + name + ", or remove the include"));
        }
    }

    /** Every {@code {% include_relative path %}} of a body must name a file inside the source folder. */
    static void checkIncludeRelative(Path file, String relativePath, String body, int firstLine,
                                     java.util.function.Function<String, Optional<String>> sources, Problems problems) {
        java.util.regex.Matcher m = INCLUDE_RELATIVE.matcher(LiquidNames.withoutRaw(body));
        while (m.find()) {
            Optional<String> target = JekyllTags.relativeTo(relativePath, m.group(1));
            if (target.isEmpty() || sources.apply(target.get()).isEmpty()) {
                int line = SourceLocation.ofOffset(file, body, m.start(), firstLine).line();
                problems.report(Rule.UNKNOWN_INCLUDE, SourceLocation.at(file, line, 0), target.isEmpty()
                                ? "{% include_relative " + m.group(1) + " %} leads out of the source folder"
                                : "{% include_relative " + m.group(1) + " %} names " + target.get() + ", which does not exist",
                        "include a file inside the source folder, relative to this file");
            }
        }
    }

    private static final java.util.regex.Pattern HIGHLIGHT = java.util.regex.Pattern.compile(
            "\\{%-?\\s*(end)?highlight\\b");

    /** A misplaced {@code highlight} tag: its line, and what is wrong. */
    record Unclosed(int line, String problem) {
    }

    /**
     * The first {@code highlight} block that is never closed, one inside another, or an
     * {@code endhighlight} without one. Checked before Liquid parses the text: on such text the Liquid parser's
     * time grows with the square of the open blocks, and a post of a few kilobytes would stall the build.
     */
    static Optional<Unclosed> unclosedHighlight(String text, int firstLine) {
        if (!text.contains("highlight")) {
            return Optional.empty();
        }
        String plain = LiquidNames.withoutRaw(text); // raw and comment spans are text, not tags
        java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
        java.util.regex.Matcher tag = HIGHLIGHT.matcher(plain);
        int line = firstLine;
        int counted = 0;
        while (tag.find()) {
            for (int i = counted; i < tag.start(); i++) {
                if (plain.charAt(i) == '\n') {
                    line++;
                }
            }
            counted = tag.start();
            if (tag.group(1) == null && !open.isEmpty()) {
                return Optional.of(new Unclosed(line, "{% highlight %} inside the {% highlight %} of line " + open.peek()));
            } else if (tag.group(1) == null) {
                open.push(line);
            } else if (open.isEmpty()) {
                return Optional.of(new Unclosed(line, "{% endhighlight %} without a {% highlight %} before it"));
            } else {
                open.pop();
            }
        }
        return open.isEmpty() ? Optional.empty()
                : Optional.of(new Unclosed(open.getLast(), "{% highlight %} is never closed with {% endhighlight %}"));
    }

    /** Layouts that sit in themselves, through any number of others, or in a layout that does not exist. */
    static void checkChains(Map<String, Layout> layouts, Problems problems) {
        Set<String> reported = new LinkedHashSet<>();
        for (Layout start : layouts.values()) {
            List<String> chain = new ArrayList<>();
            Layout current = start;
            while (current != null) {
                if (chain.contains(current.name())) {
                    chain.add(current.name());
                    if (reported.add(chain.get(chain.indexOf(current.name())))) {
                        problems.report(Rule.LAYOUT_LOOP, SourceLocation.at(current.source(), 1, 1),
                                "layouts form a loop: " + String.join(" -> ", chain.subList(chain.indexOf(current.name()), chain.size())),
                                "remove the 'layout:' line from one of these layouts");
                    }
                    break;
                }
                chain.add(current.name());
                Optional<String> parent = current.parent();
                if (parent.isPresent() && !layouts.containsKey(parent.get())) {
                    problems.report(Rule.UNKNOWN_LAYOUT, SourceLocation.at(current.source(), 1, 1),
                            "layout '" + current.name() + "' sits in layout '" + parent.get() + "', which does not exist",
                            "use one of " + String.join(", ", layouts.keySet()) + ", or add _layouts/" + parent.get() + ".html");
                    break;
                }
                current = parent.map(layouts::get).orElse(null);
            }
        }
    }

    static int lineOf(RuntimeException e, int firstLine) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LiquidException liquid && liquid.line > 0) {
                return firstLine + liquid.line - 1;
            }
        }
        return firstLine;
    }

    static int columnOf(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LiquidException liquid && liquid.line > 0) {
                return liquid.charPositionInLine + 1;
            }
        }
        return 0;
    }

    /** What to do about a render failure: the limits say so, anything else is this file's Liquid. */
    static String hint(Throwable e) {
        String text = message(e);
        if (text.contains("maxIterations")) {
            return "loops of one page may run " + LayoutEngine.MAX_ITERATIONS + " times in all; loop over fewer items";
        }
        if (text.contains("the limit is") || text.contains("MaxSizeRenderedString") || text.contains("rendered string")) {
            return "one page may hold " + LayoutEngine.MAX_RENDERED_CHARS + " characters, one joined text " + LayoutEngine.MAX_FILTERED_CHARS;
        }
        return "check the Liquid tags and filters of this file";
    }

    static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return text.replace('\n', ' ').strip();
    }
}
