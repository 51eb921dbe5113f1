package io.github.blogpublish.template;

import io.github.blogpublish.model.Layout;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.SourceLocation;
import liqp.Template;
import liqp.TemplateParser;
import liqp.exceptions.LiquidException;
import liqp.parser.Flavor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Layout stage: wraps HTML in a chain of Liquid layouts ({@code post} inside {@code default}, ...).
 * Every layout is parsed once when the engine is made; a syntax error, a missing parent or a loop is
 * reported then, at the layout's file and line. Rendering is read-only and can run on many threads.
 */
public final class LayoutEngine {

    private final TemplateParser parser;
    private final Map<String, Layout> layouts;
    private final Map<String, Template> templates = new LinkedHashMap<>();

    /**
     * @param layouts  every layout by name, the site's already replacing built-in ones of the same name
     * @param problems receives syntax errors, missing parents and loops
     */
    public LayoutEngine(Map<String, Layout> layouts, Problems problems) {
        this.parser = new TemplateParser.Builder()
                .withFlavor(Flavor.JEKYLL)
                .withErrorMode(TemplateParser.ErrorMode.STRICT)
                .build();
        this.layouts = new TreeMap<>(layouts);
        for (Layout layout : this.layouts.values()) {
            parse(layout.source(), layout.templateLine(), layout.template(), problems)
                    .ifPresent(t -> templates.put(layout.name(), t));
        }
        checkChains(problems);
    }

    /** The names of every layout. */
    public Set<String> names() {
        return layouts.keySet();
    }

    /**
     * Renders {@code content} through the named layout and its parents.
     *
     * @param layout  the innermost layout; empty for none (the content is returned as it is)
     * @param page    {@code page} data
     * @param site    {@code site} data
     * @param content the HTML to place at {@code {{ content }}}
     * @param origin  the source being rendered, named in problems
     * @return the page, or empty after reporting a render failure
     */
    public Optional<String> render(Optional<String> layout, Map<String, Object> page, Map<String, Object> site,
                                   String content, Path origin, Problems problems) {
        String html = content;
        Optional<String> current = layout;
        int depth = 0;
        while (current.isPresent() && depth++ < layouts.size()) {
            Layout l = layouts.get(current.get());
            Template template = templates.get(current.get());
            if (l == null || template == null) {
                return Optional.empty(); // reported when the engine was made
            }
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("site", site);
            variables.put("page", page);
            variables.put("layout", l.frontMatter());
            variables.put("content", html);
            try {
                html = template.render(variables);
            } catch (RuntimeException e) {
                problems.error(SourceLocation.at(l.source(), lineOf(e, l.templateLine()), 0),
                        "layout '" + l.name() + "' failed while rendering " + origin.getFileName() + ": " + message(e),
                        "check the Liquid tags and filters this layout uses");
                return Optional.empty();
            }
            current = l.parent();
        }
        return Optional.of(html);
    }

    private Optional<Template> parse(Path file, int firstLine, String text, Problems problems) {
        try {
            return Optional.of(parser.parse(text));
        } catch (RuntimeException e) {
            problems.error(SourceLocation.at(file, lineOf(e, firstLine), columnOf(e)), "Liquid syntax error: " + message(e),
                    "close every {% tag %} and {{ output }}, and use only known tags and filters");
            return Optional.empty();
        }
    }

    private void checkChains(Problems problems) {
        Set<String> reported = new LinkedHashSet<>();
        for (Layout start : layouts.values()) {
            List<String> chain = new ArrayList<>();
            Layout current = start;
            while (current != null) {
                if (chain.contains(current.name())) {
                    chain.add(current.name());
                    if (reported.add(chain.get(chain.indexOf(current.name())))) {
                        problems.error(SourceLocation.at(current.source(), 1, 1),
                                "layouts form a loop: " + String.join(" -> ", chain.subList(chain.indexOf(current.name()), chain.size())),
                                "remove the 'layout:' line from one of these layouts");
                    }
                    break;
                }
                chain.add(current.name());
                Optional<String> parent = current.parent();
                if (parent.isPresent() && !layouts.containsKey(parent.get())) {
                    problems.error(SourceLocation.at(current.source(), 1, 1),
                            "layout '" + current.name() + "' sits in layout '" + parent.get() + "', which does not exist",
                            "use one of " + String.join(", ", layouts.keySet()) + ", or add _layouts/" + parent.get() + ".html");
                    break;
                }
                current = parent.map(layouts::get).orElse(null);
            }
        }
    }

    private static int lineOf(RuntimeException e, int firstLine) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LiquidException liquid && liquid.line > 0) {
                return firstLine + liquid.line - 1;
            }
        }
        return firstLine;
    }

    private static int columnOf(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LiquidException liquid && liquid.line > 0) {
                return liquid.charPositionInLine + 1;
            }
        }
        return 0;
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return text.replace('\n', ' ').strip();
    }
}
