package io.github.blogpublish.template;

import io.github.blogpublish.model.Layout;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import liqp.Template;
import liqp.TemplateParser;
import liqp.antlr.CharStreamWithLocation;
import liqp.filters.Filter;
import liqp.org.antlr.v4.runtime.CharStreams;
import liqp.parser.Flavor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Layout and body stage: renders Liquid with Jekyll's tags and filters, and wraps HTML in a chain of
 * layouts ({@code post} inside {@code default}, ...). Every layout is parsed once when the engine is made,
 * and every {@code _includes} file is checked then; a syntax error, an unknown tag or filter, a missing
 * parent or a loop is reported at its file and line. Rendering is read-only and can run on many threads.
 */
public final class LayoutEngine {

    /**
     * A file of {@code _includes}.
     *
     * @param name   its path below {@code _includes}, as {@code {% include %}} names it
     * @param source the file
     * @param text   its text
     */
    public record Include(String name, Path source, String text) {
    }

    /**
     * {@code x.content} or {@code x.excerpt} for any {@code x} but {@code page}, or a filter that prints a whole
     * object ({@code page | jsonify} shows the content of the posts a page lists).
     */
    private static final java.util.regex.Pattern OTHER_CONTENT = java.util.regex.Pattern.compile(
            "(?<!\\bpage)\\.(content|excerpt)\\b|\\[\\s*['\"](content|excerpt)['\"]\\s*\\]|\\|\\s*(jsonify|inspect)\\b");

    private final TemplateParser parser;
    private final LiquidNames names;
    private final boolean downgradeUnknown;
    private final Map<String, Layout> layouts;
    /** The layouts that parsed; each thread renders its own parse of them (a Liqp template is not thread-safe). */
    private final Map<String, Template> templates = new LinkedHashMap<>();
    /** Loop turns in one render of one page: a site of 100,000 posts listed with their tags stays far below. */
    static final int MAX_ITERATIONS = 1_000_000;
    /** Characters one render may produce: the search index of 20,000 posts fits. */
    static final int MAX_RENDERED_CHARS = 32 * 1024 * 1024;
    /** Characters one filter that joins texts ({@code append}, {@code replace}, ...) may make. */
    static final int MAX_FILTERED_CHARS = 4 * 1024 * 1024;

    /** Parses of the layouts that parsed when the engine was made, each lent to one render at a time. */
    private final LentParses<String, ParsedLayout> lentLayouts = new LentParses<>(this::parseLayout);
    /** Node trees of the includes, each lent to one render at a time. */
    private final LentParses<String, liqp.nodes.LNode> lentIncludes = new LentParses<>(this::parseInclude);
    private final Map<String, Include> includes = new TreeMap<>();
    private final String fingerprint;
    private final Map<Optional<String>, Boolean> readsOtherContent = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param layouts          every layout by name, the site's already replacing built-in ones of the same name
     * @param includes         every include by name
     * @param downgradeUnknown whether unknown tags and filters are warnings (and left out) rather than errors
     * @param problems         receives syntax errors, unknown names, missing parents and loops
     */
    public LayoutEngine(Map<String, Layout> layouts, List<Include> includes, boolean downgradeUnknown, Problems problems) {
        this.downgradeUnknown = downgradeUnknown;
        List<Filter> filters = new java.util.ArrayList<>(JekyllFilters.all());
        filters.addAll(ThemeFilters.all());
        var tags = JekyllTags.all();
        this.names = new LiquidNames(tags.stream().map(t -> t.name).collect(Collectors.toSet()),
                filters.stream().map(f -> f.name).collect(Collectors.toSet()));
        for (Include include : includes) {
            List<LiquidNames.Unknown> unknown = names.unknowns(include.text(), 1);
            names.report(include.source(), unknown, downgradeUnknown, problems);
            this.includes.put(include.name(), new Include(include.name(), include.source(),
                    names.neutralize(include.text(), unknown)));
        }
        TemplateParser.Builder builder = new TemplateParser.Builder()
                .withFlavor(Flavor.JEKYLL)
                .withErrorMode(TemplateParser.ErrorMode.STRICT)
                .withNameResolver(this::resolveInclude)
                // A loop over a huge range or a string doubled again and again must end, and soon.
                .withMaxIterations(MAX_ITERATIONS)
                .withMaxSizeRenderedString(MAX_RENDERED_CHARS)
                .withRenderTransformer(JoinedOutput.INSTANCE);
        for (liqp.Insertion insertion : tags) {
            if (insertion instanceof liqp.blocks.Block block) {
                builder.withBlock(block);
            } else if (insertion instanceof liqp.tags.Tag tag) {
                builder.withTag(tag);
            }
        }
        filters.forEach(builder::withFilter);
        builder.withTag(new ParsedOnceInclude());
        this.parser = builder.build();
        // Includes are parsed by Liquid when first used; parse them now so a mistake is reported at its own file.
        for (Include include : this.includes.values()) {
            parse(include.source(), 1, include.text(), problems);
            reportLax(include.source(), include.text(), 1, problems);
            checkIncludes(include.source(), include.text(), 1, problems);
        }
        this.layouts = new TreeMap<>(layouts);
        for (Layout layout : this.layouts.values()) {
            reportLax(layout.source(), layout.template(), layout.templateLine(), problems);
            parse(layout.source(), layout.templateLine(), layout.template(), problems)
                    .ifPresent(t -> templates.put(layout.name(), t));
            checkIncludes(layout.source(), layout.template(), layout.templateLine(), problems);
        }
        LiquidProblems.checkChains(this.layouts, problems);
        StringBuilder all = new StringBuilder(Boolean.toString(downgradeUnknown));
        this.layouts.values().forEach(l -> all.append('\u0000').append(l.name()).append(l.parent()).append(l.frontMatter())
                .append('\u0000').append(l.template()));
        this.includes.values().forEach(i -> all.append('\u0000').append(i.name()).append('\u0000').append(i.text()));
        this.fingerprint = Hashes.sha256(all.toString());
    }

    /** The names of every layout. */
    public Set<String> names() {
        return layouts.keySet();
    }

    /**
     * A hash of every template this engine renders with (layouts, includes, the unknown-name setting): equal
     * fingerprints render equal pages from equal data.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Parses and renders a small template once, so that the Liquid parser's classes are loaded and its caches
     * made while the build reads files: the layouts are parsed sooner after. Nothing it does is kept.
     */
    public static void warmUp() {
        try {
            new TemplateParser.Builder().withFlavor(Flavor.JEKYLL).build()
                    .parse("{% assign x = 'a' | append: 'b' %}{% for i in (1..2) %}{% if i > 1 %}{{ x | upcase }}"
                            + "{% else %}{{ i | plus: 1 }}{% endif %}{% endfor %}{% unless x %}{% endunless %}")
                    .render(Map.of());
        } catch (RuntimeException ignored) {
            // only a head start
        }
    }

    /** Ruby Liquid's lax syntax: read as Ruby Liquid reads it, and each place reported ({@code liquid-lax}). */
    private static void reportLax(Path file, String text, int firstLine, Problems problems) {
        for (LiquidNames.Lax lax : LiquidNames.laxConstructs(text, firstLine)) {
            problems.report(Rule.LIQUID_LAX, SourceLocation.at(file, lax.line(), lax.column()), lax.message(),
                    lax.hint());
        }
    }

    /** Whether the layout of this name is the plugin's own (the site has none of that name). */
    public boolean isBuiltIn(String layout) {
        Layout l = layouts.get(layout);
        return l != null && l.builtIn();
    }

    /**
     * This engine's filters, applied as a template would, for an output the plugin makes without its template
     * ({@code apply("jsonify", title)} is {@code {{ title | jsonify }}}).
     */
    public interface Filters {
        Object apply(String name, Object value, Object... params);
    }

    /** The filters, all applied in one context that holds {@code site}. */
    public Filters filters(SiteModel model) {
        liqp.TemplateContext context = new liqp.TemplateContext(parser, variables(Map.of(), model, null, null));
        return (name, value, params) -> parser.filters.get(name).apply(value, context, params);
    }

    /**
     * Whether a page rendered through this layout (its chain, or any include) can read the {@code content} or
     * {@code excerpt} of something other than the page itself ({@code post.content} in a loop over
     * {@code site.posts}, say). If not, such a page depends on the other posts only through their titles, URLs,
     * dates and other data.
     */
    public boolean readsOtherContent(Optional<String> layout) {
        return readsOtherContent.computeIfAbsent(layout, this::chainReadsOtherContent);
    }

    /** Whether a layout or include holds this text anywhere. */
    public boolean templatesHold(String text) {
        return layouts.values().stream().anyMatch(layout -> layout.template().contains(text))
                || includes.values().stream().anyMatch(include -> include.text().contains(text));
    }

    /**
     * Whether a page's own Liquid body (a paginated {@code index.html} listing excerpts), or an include it uses, can
     * read the {@code content} or {@code excerpt} of something other than the page itself.
     */
    public boolean bodyReadsOtherContent(String body) {
        return readsOtherContent(new java.util.ArrayDeque<>(List.of(body)));
    }

    /** Whether a layout of the chain, or an include it uses (and those they use), reads others' content. */
    private boolean chainReadsOtherContent(Optional<String> layout) {
        java.util.Deque<String> texts = new java.util.ArrayDeque<>();
        Optional<String> current = layout;
        for (int depth = 0; current.isPresent() && depth <= layouts.size(); depth++) {
            Layout l = layouts.get(current.get());
            if (l == null) {
                return true;
            }
            texts.add(l.template());
            current = l.parent();
        }
        return readsOtherContent(texts);
    }

    /** Whether one of these templates, or an include they use (and those they use), reads others' content. */
    private boolean readsOtherContent(java.util.Deque<String> texts) {
        Set<String> seen = new java.util.HashSet<>();
        while (!texts.isEmpty()) {
            String text = texts.poll();
            if (OTHER_CONTENT.matcher(text).find()) {
                return true;
            }
            java.util.regex.Matcher used = USED_INCLUDE.matcher(text);
            while (used.find()) {
                Include include = includes.get(used.group(1));
                if (include == null || used.group(1).contains("{{")) {
                    return true; // a name made at render time could be any include
                }
                if (seen.add(include.name())) {
                    texts.add(include.text());
                }
            }
        }
        return false;
    }

    /** The name after {@code include} or {@code include_cached}. */
    private static final java.util.regex.Pattern USED_INCLUDE =
            java.util.regex.Pattern.compile("\\{%-?\\s*include(?:_cached)?\\s+([^\\s%]+)");

    /**
     * Checks a post's or page's body before rendering: unknown tags and filters, and {@code post_url} and
     * {@code link} references that lead nowhere, each at its line.
     */
    public void checkBody(Path file, String relativePath, String body, int firstLine, LinkTable links,
                          boolean brokenLinksWarn, java.util.function.Function<String, Optional<String>> sources,
                          Problems problems) {
        if (!hasLiquid(body)) {
            return;
        }
        names.report(file, names.unknowns(body, firstLine), downgradeUnknown, problems);
        reportLax(file, body, firstLine, problems);
        LiquidLinks.check(file, body, firstLine, links, brokenLinksWarn, problems);
        checkIncludes(file, body, firstLine, problems);
        LiquidProblems.checkIncludeRelative(file, relativePath, body, firstLine, sources, problems);
    }

    private void checkIncludes(Path file, String text, int firstLine, Problems problems) {
        LiquidProblems.checkIncludes(file, text, firstLine, includes.keySet(), problems);
    }

    /**
     * Renders the Liquid of a post's or page's body (before Markdown, as Jekyll does).
     *
     * @return the text with Liquid rendered, or empty after reporting a failure at the body's lines
     */
    public Optional<String> renderBody(Path file, String body, int firstLine, Map<String, Object> page, SiteModel model,
                                       Problems problems) {
        if (!hasLiquid(body)) {
            return Optional.of(body);
        }
        String text = names.neutralize(body, names.unknowns(body, firstLine));
        Optional<Template> template = parse(file, firstLine, text, problems);
        if (template.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(template.get().render(variables(page, model, null, null)));
        } catch (RuntimeException e) {
            problems.report(Rule.LIQUID_RENDER, SourceLocation.at(file, LiquidProblems.lineOf(e, firstLine), 0),
                    "Liquid failed: " + LiquidProblems.message(e), LiquidProblems.hint(e));
            return Optional.empty();
        }
    }

    /**
     * Renders {@code content} through the named layout and its parents.
     *
     * @param layout  the innermost layout; empty for none (the content is returned as it is)
     * @param page    {@code page} data
     * @param model   {@code site} and the build's link table
     * @param content the HTML to place at {@code {{ content }}}
     * @param origin  the source being rendered, named in problems
     * @return the page, or empty after reporting a render failure
     */
    public Optional<String> render(Optional<String> layout, Map<String, Object> page, SiteModel model, String content,
                                   Path origin, Problems problems) {
        String html = content;
        Optional<String> current = layout;
        int depth = 0;
        while (current.isPresent() && depth++ < layouts.size()) {
            Layout l = layouts.get(current.get());
            if (l == null || !templates.containsKey(current.get())) {
                return Optional.empty(); // reported when the engine was made
            }
            ParsedLayout parsed = lentLayouts.take(current.get());
            try {
                html = renderLayout(parsed, variables(page, model, l.frontMatter(), html));
            } catch (RuntimeException e) {
                problems.report(Rule.LIQUID_RENDER, SourceLocation.at(l.source(), LiquidProblems.lineOf(e, l.templateLine()), 0),
                        "layout '" + l.name() + "' failed while rendering " + origin.getFileName() + ": "
                                + LiquidProblems.message(e),
                        "check the Liquid tags and filters this layout uses");
                return Optional.empty();
            } finally {
                lentLayouts.giveBack(current.get(), parsed);
            }
            current = l.parent();
        }
        return Optional.of(html);
    }

    /**
     * A layout parsed, and its node tree once a render made it; used by one render at a time ({@link LentParses}).
     */
    private static final class ParsedLayout {
        final Template template;
        liqp.nodes.LNode node;

        ParsedLayout(Template template) {
            this.template = template;
        }
    }

    private ParsedLayout parseLayout(String name) {
        Layout layout = layouts.get(name);
        return new ParsedLayout(parser.parse(names.neutralize(layout.template(),
                names.unknowns(layout.template(), layout.templateLine()))));
    }

    /**
     * Renders a layout as {@code Template.render} does, but with its node tree made once per parse: Liqp builds
     * the tree from the parse tree on every render, which was a third of the time of a 10,000-post build. The
     * steps are Liqp's own (references cleared, a root context, the render transformer); the site's
     * {@code ParallelBuildTest} and output tests hold it to the same bytes.
     */
    private String renderLayout(ParsedLayout parsed, Map<String, Object> variables) {
        if (parser.evaluateMode == TemplateParser.EvaluateMode.EAGER || parser.isRenderTimeLimited()) {
            return parsed.template.render(variables);
        }
        if (parsed.node == null) {
            parsed.node = new liqp.parser.v4.NodeVisitor(parser.insertions, parser.filters, parser.liquidStyleInclude)
                    .visit(parsed.template.getParseTree());
        }
        liqp.spi.BasicTypesSupport.clearReferences();
        liqp.TemplateContext context = new liqp.TemplateContext(parser, variables);
        if (parser.getEnvironmentMapConfigurator() != null) {
            parser.getEnvironmentMapConfigurator().accept(context.getEnvironmentMap());
        }
        Object rendered = parsed.node.render(context);
        return String.valueOf(parser.getRenderTransformer().transformObject(context, rendered));
    }

    private static Map<String, Object> variables(Map<String, Object> page, SiteModel model, Map<String, Object> layout,
                                                 String content) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("site", model.site());
        variables.put("page", page);
        if (page.get("paginator") != null) {
            variables.put("paginator", page.get("paginator"));
        }
        if (layout != null) {
            variables.put("layout", layout);
        }
        if (content != null) {
            variables.put("content", content);
        }
        variables.put(SiteModel.VARIABLE, model);
        return variables;
    }

    /**
     * {@code html | strip_html | normalize_whitespace}, or at least its first {@code atLeast} characters when it
     * is longer: reading a whole post to keep its first thousand characters costs the search index most of its time.
     */
    public static String strippedTextPrefix(String html, int atLeast) {
        return HtmlText.strippedTextPrefix(html, atLeast);
    }

    /** Whether a text holds Liquid markup at all. */
    public static boolean hasLiquid(String text) {
        // One pass over the braces instead of one search for each opening.
        for (int brace = text.indexOf('{'); brace >= 0 && brace + 1 < text.length(); brace = text.indexOf('{', brace + 1)) {
            char next = text.charAt(brace + 1);
            if (next == '{' || next == '%') {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code {% include %}} as Liqp's own, but each include is parsed and made into nodes once per render that uses it
     * at the same time ({@link LentParses}): Liqp parses
     * the include's text at every use, which with the theme's includes (a card per post on the home page, a dozen on
     * every post) was two thirds of a 10,000-post build. The rest is Liqp's {@code Include.render} and the steps of
     * {@code Template.renderToObjectUnguarded} with a parent context, in its order.
     */
    private final class ParsedOnceInclude extends liqp.tags.Include {
        @Override
        public Object render(liqp.TemplateContext context, liqp.nodes.LNode... nodes) {
            try {
                String name = asString(nodes[0].render(context), context);
                if (!includes.containsKey(name.strip())) {
                    throw new IOException("there is no _includes/" + name.strip() + " (includes: "
                            + String.join(", ", includes.keySet()) + ")");
                }
                Map<String, Object> variables = new HashMap<>();
                if (nodes.length > 1) {
                    if (parser.liquidStyleInclude) {
                        context.put(name, nodes[1].render(context));
                    } else {
                        Map<String, Object> includeMap = new HashMap<>();
                        variables.put("include", includeMap);
                        for (int i = 1; i < nodes.length; i++) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> assigned = (Map<String, Object>) nodes[i].render(context);
                            includeMap.putAll(assigned);
                        }
                    }
                }
                liqp.spi.BasicTypesSupport.clearReferences();
                liqp.TemplateContext child = context.newChildContext(parser.evaluate(parser.mapper, variables));
                Path source = includes.get(name.strip()).source();
                if (source != null && source.getParent() != null) {
                    Map<String, Object> registry = child.getRegistry(liqp.TemplateContext.REGISTRY_ROOT_FOLDER);
                    registry.putIfAbsent(liqp.TemplateContext.REGISTRY_ROOT_FOLDER, source.getParent());
                }
                liqp.nodes.LNode include = lentIncludes.take(name);
                try {
                    return parser.getRenderTransformer().transformObject(child, include.render(child));
                } finally {
                    lentIncludes.giveBack(name, include);
                }
            } catch (Exception e) {
                if (parser.showExceptionsFromInclude) {
                    throw new RuntimeException("problem with evaluating include", e);
                }
                return "";
            }
        }
    }

    /** The nodes of an include, parsed anew (its name is one of the includes). */
    private liqp.nodes.LNode parseInclude(String name) {
        try {
            return new liqp.parser.v4.NodeVisitor(parser.insertions, parser.filters, parser.liquidStyleInclude)
                    .visit(parser.parse(resolveInclude(name)).getParseTree());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private CharStreamWithLocation resolveInclude(String name) throws IOException {
        Include include = includes.get(name.strip());
        if (include == null) {
            throw new IOException("there is no _includes/" + name.strip() + " (includes: " + String.join(", ", includes.keySet()) + ")");
        }
        return new CharStreamWithLocation(CharStreams.fromString(include.text()), include.source());
    }

    private Optional<Template> parse(Path file, int firstLine, String text, Problems problems) {
        List<LiquidNames.Unknown> unknown = names.unknowns(text, firstLine);
        if (!unknown.isEmpty() && !downgradeUnknown) {
            names.report(file, unknown, false, problems);
            return Optional.empty();
        }
        Optional<LiquidProblems.Unclosed> unclosed = LiquidProblems.unclosedHighlight(text, firstLine);
        if (unclosed.isPresent()) {
            problems.report(Rule.LIQUID_HIGHLIGHT, SourceLocation.at(file, unclosed.get().line(), 0),
                    unclosed.get().problem(),
                    "close each {% highlight %} with {% endhighlight %} before the next one opens");
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(names.neutralize(text, unknown)));
        } catch (RuntimeException e) {
            problems.report(Rule.LIQUID_SYNTAX, SourceLocation.at(file, LiquidProblems.lineOf(e, firstLine), LiquidProblems.columnOf(e)),
                    "Liquid syntax error: " + LiquidProblems.message(e),
                    "close every {% tag %} and {{ output }}, and use only known tags and filters");
            return Optional.empty();
        }
    }
}
