package io.github.blogpublish.frontmatter;

import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads untrusted YAML into plain JDK values (String, Boolean, Long, BigInteger, Double, null, List,
 * Map), keeping the line and column of every top-level key.
 *
 * <p>Safety, in order: a size limit before parsing; SnakeYAML composes a node tree with limits on
 * aliases, nesting depth and code points; every node's tag is checked against the YAML core types, so a
 * {@code !!java...} tag is an error and nothing is ever instantiated; duplicate keys are errors; only
 * then does SnakeYAML's safe constructor build values. Timestamps stay text: dates are read by
 * {@link FrontMatterDate}, in the site's time zone, never the machine's.
 */
final class YamlLoader {

    /** Front matter larger than this is refused before parsing. */
    static final int MAX_CHARS = 256 * 1024;
    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 50;
    /**
     * Which tag a plain scalar gets: made once (a new one per document was a twentieth of the front matter
     * stage), and only read after, so every thread may share it.
     */
    private static final Resolver RESOLVER = new Resolver();

    /** Fresh options per document: SnakeYAML's parser objects are not meant to be shared between threads. */
    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by YamlNodeCheck, with both lines
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS + 1);
        return options;
    }

    /** SnakeYAML's own refusal of {@code !!java...}-style tags, which its default tag inspector raises. */
    private static final String GLOBAL_TAG_REFUSED = "Global tag is not allowed:";
    static final String TAG_HINT =
            "remove the tag; front matter holds only text, numbers, booleans, dates, lists and maps";

    /** What the root of a YAML document is. */
    enum Kind { EMPTY, MAPPING, SEQUENCE, SCALAR }

    /**
     * One top-level key.
     *
     * @param key          the key
     * @param line         1-based line of the key in the file
     * @param column       1-based column of the key
     * @param valueLine    1-based line of the value
     * @param valueColumn  1-based column of the value
     * @param type         the YAML type of the value: str, int, float, bool, null, timestamp, seq or map
     * @param text         for a scalar, its text as written (without quotes); null otherwise
     * @param plain        for a scalar, whether it was written without quotes
     */
    record Key(String key, int line, int column, int valueLine, int valueColumn, String type, String text,
               boolean plain) {
    }

    /**
     * A 1-based place in the file.
     *
     * @param line   line
     * @param column column
     */
    record Position(int line, int column) {
    }

    /**
     * A loaded document.
     *
     * @param kind      what the root is
     * @param values    the top-level mapping as plain values (empty unless {@code kind} is MAPPING)
     * @param keys      the top-level keys with their positions, in file order
     * @param positions every key (at the key) and list item, by JSON pointer such as {@code /tags/1}
     * @param root      the whole document as plain values (a map, a list or a scalar; null when empty)
     */
    record Document(Kind kind, Map<String, Object> values, Map<String, Key> keys, Map<String, Position> positions,
                    Object root) {

        /** The position of a JSON pointer, or of its nearest ancestor that has one. */
        Optional<Position> positionOf(String pointer) {
            String p = pointer;
            while (!p.isEmpty()) {
                Position found = positions.get(p);
                if (found != null) {
                    return Optional.of(found);
                }
                p = p.substring(0, p.lastIndexOf('/'));
            }
            return Optional.empty();
        }
    }

    private YamlLoader() {
    }

    /**
     * Loads a YAML text that starts at {@code firstLine} of {@code file}.
     *
     * @return the document, or empty after reporting every problem found
     */
    static Optional<Document> load(Path file, String yaml, int firstLine, Problems problems) {
        if (yaml.length() > MAX_CHARS) {
            problems.report(Rule.YAML_LIMITS, SourceLocation.at(file, firstLine, 1),
                    "the YAML block is " + yaml.length() / 1024 + " KB; the limit is " + MAX_CHARS / 1024 + " KB",
                    "move long text into the post body");
            return Optional.empty();
        }
        Optional<Composed> composed = compose(file, yaml, firstLine, problems);
        if (composed.isEmpty()) {
            return Optional.empty();
        }
        Node root = composed.get().root();
        if (root == null) {
            return Optional.of(new Document(Kind.EMPTY, Map.of(), Map.of(), Map.of(), null));
        }
        // Checked into a collector of this document's own: the caller's may be shared with other threads.
        Problems found = problems.fresh();
        Map<String, Position> positions = new HashMap<>();
        YamlNodeCheck.check(file, firstLine, root, positions, found);
        problems.addAll(found.sorted());
        if (found.hasErrors()) {
            return Optional.empty();
        }
        Optional<Constructed> constructed = construct(file, firstLine, root, problems);
        if (constructed.isEmpty()) {
            return Optional.empty();
        }
        Object plain = plain(constructed.get().value());
        if (!(root instanceof MappingNode mapping)) {
            return Optional.of(new Document(root instanceof SequenceNode ? Kind.SEQUENCE : Kind.SCALAR, Map.of(), Map.of(),
                    Map.copyOf(positions), plain));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) plain;
        return Optional.of(new Document(Kind.MAPPING, values, keys(mapping, firstLine), Map.copyOf(positions), values));
    }

    /** A YAML text as a node tree; its root is null for an empty text. */
    private record Composed(Node root) {
    }

    /**
     * The composer alone: a node tree with marks, and no object is made from the text yet.
     *
     * @return the tree, or empty after reporting why the text is no YAML
     */
    private static Optional<Composed> compose(Path file, String yaml, int firstLine, Problems problems) {
        try {
            LoaderOptions options = options();
            return Optional.of(new Composed(
                    new Composer(new ParserImpl(new StreamReader(yaml), options), RESOLVER, options).getSingleNode()));
        } catch (MarkedYAMLException e) {
            String problem = String.valueOf(e.getProblem());
            if (problem.startsWith(GLOBAL_TAG_REFUSED)) {
                String tag = problem.substring(GLOBAL_TAG_REFUSED.length()).strip();
                problems.report(Rule.YAML_TAG, at(file, firstLine, e.getProblemMark()),
                        "the YAML tag " + shortTag(new Tag(tag)) + " is not allowed", TAG_HINT);
            } else {
                problems.report(Rule.YAML_SYNTAX, at(file, firstLine, e.getProblemMark()),
                        "YAML syntax error: " + describe(e), syntaxHint(e));
            }
            return Optional.empty();
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage());
            String hint = message.contains("aliases")
                    ? "use anchors and aliases (&name, *name) at most " + MAX_ALIASES + " times"
                    : message.contains("Nesting Depth")
                    ? "nest lists and maps at most " + MAX_DEPTH + " levels deep"
                    : "front matter holds a few keys with short values";
            problems.report(Rule.YAML_LIMITS, SourceLocation.at(file, firstLine, 1),
                    "YAML cannot be loaded: " + message, hint);
            return Optional.empty();
        } catch (RuntimeException e) {
            // SnakeYAML refuses some odd tags (!!x%1B) with an exception of Java's rather than its own.
            problems.report(Rule.YAML_SYNTAX, SourceLocation.at(file, firstLine, 1),
                    "YAML cannot be read: " + e.getMessage(),
                    "quote values that start with ! or &: key: \"!value\"");
            return Optional.empty();
        }
    }

    /** What a node tree stands for; null for a document that is {@code ~} or {@code null}. */
    private record Constructed(Object value) {
    }

    /** The values of a checked node tree, made by SnakeYAML's safe constructor; empty after reporting a failure. */
    private static Optional<Constructed> construct(Path file, int firstLine, Node root, Problems problems) {
        try {
            return Optional.of(new Constructed(new PlainConstructor(options()).construct(root)));
        } catch (YAMLException e) {
            Mark mark = e instanceof MarkedYAMLException m ? m.getProblemMark() : null;
            problems.report(Rule.YAML_VALUE, at(file, firstLine, mark), "YAML value cannot be read: " + describe(e),
                    "quote the value: key: \"...\"");
            return Optional.empty();
        } catch (RuntimeException e) {
            // A fault of the YAML library on odd input: still this file's problem, never a crash of the build.
            problems.report(Rule.YAML_VALUE, SourceLocation.at(file, firstLine, 1), "YAML value cannot be read: " + e,
                    "quote the values: key: \"...\"");
            return Optional.empty();
        }
    }

    private static Map<String, Key> keys(MappingNode mapping, int firstLine) {
        Map<String, Key> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode) || keyNode.getTag().equals(Tag.MERGE)) {
                continue;
            }
            Node value = tuple.getValueNode();
            Mark k = keyNode.getStartMark();
            Mark v = value.getStartMark();
            String text = value instanceof ScalarNode s ? s.getValue() : null;
            boolean plain = value instanceof ScalarNode s && s.isPlain();
            keys.putIfAbsent(keyNode.getValue(), new Key(keyNode.getValue(), firstLine + k.getLine(), k.getColumn() + 1,
                    firstLine + v.getLine(), v.getColumn() + 1, typeName(value.getTag()), text, plain));
        }
        return Collections.unmodifiableMap(keys);
    }

    /** Maps with non-text keys get text keys; everything else is already a plain value. */
    static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return Collections.unmodifiableList(out);
        }
        return value;
    }

    static SourceLocation at(Path file, int firstLine, Mark mark) {
        if (mark == null) {
            return SourceLocation.at(file, firstLine, 1);
        }
        return SourceLocation.at(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    private static String describe(YAMLException e) {
        if (e instanceof MarkedYAMLException m) {
            String context = m.getContext() == null ? "" : m.getContext() + ", ";
            return (context + m.getProblem()).replace('\n', ' ');
        }
        return String.valueOf(e.getMessage()).replace('\n', ' ');
    }

    private static String syntaxHint(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        if (problem.contains("mapping values are not allowed")) {
            return "a value containing ': ' must be quoted: title: \"Part 1: the start\"";
        }
        if (problem.contains("(TAB)")) {
            return "indent YAML with spaces, not tabs";
        }
        if (problem.contains("could not find expected ':'")) {
            return "each line must be key: value; quote values that contain special characters";
        }
        return "check the indentation, and quote values that contain : # [ ] { } or start with * & ! | > ' \" %";
    }

    static String typeName(Tag tag) {
        if (tag.equals(Tag.STR)) {
            return "str";
        }
        if (tag.equals(Tag.SEQ)) {
            return "seq";
        }
        if (tag.equals(Tag.MAP)) {
            return "map";
        }
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? value.substring(Tag.PREFIX.length()) : value;
    }

    static String shortTag(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }

    /** SnakeYAML's safe constructor, with timestamps kept as text and construction exposed to this class. */
    private static final class PlainConstructor extends SafeConstructor {
        PlainConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
            yamlConstructors.put(Tag.INT, new NumberOrText(yamlConstructors.get(Tag.INT)));
            yamlConstructors.put(Tag.FLOAT, new NumberOrText(yamlConstructors.get(Tag.FLOAT)));
        }

        /**
         * SnakeYAML takes {@code ._} and {@code 0b_} for numbers and then fails to read them with an exception of
         * Java's; such a value stays the text it is.
         */
        private static final class NumberOrText extends org.yaml.snakeyaml.constructor.AbstractConstruct {
            private final org.yaml.snakeyaml.constructor.Construct number;

            NumberOrText(org.yaml.snakeyaml.constructor.Construct number) {
                this.number = number;
            }

            @Override
            public Object construct(Node node) {
                try {
                    return number.construct(node);
                } catch (NumberFormatException | ArithmeticException e) {
                    return ((ScalarNode) node).getValue();
                }
            }
        }

        Object construct(Node root) {
            return constructDocument(root);
        }
    }
}
