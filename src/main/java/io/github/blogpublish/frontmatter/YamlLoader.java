package io.github.blogpublish.frontmatter;

import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private static final int MAX_NODES = 100_000;
    private static final Set<Tag> CORE_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP, Tag.MERGE);

    /** Fresh options per document: SnakeYAML's parser objects are not meant to be shared between threads. */
    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by checkNodes, with both lines
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS + 1);
        return options;
    }

    /** SnakeYAML's own refusal of {@code !!java...}-style tags, which its default tag inspector raises. */
    private static final String GLOBAL_TAG_REFUSED = "Global tag is not allowed:";
    private static final String TAG_HINT =
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
            problems.error(SourceLocation.at(file, firstLine, 1),
                    "the YAML block is " + yaml.length() / 1024 + " KB; the limit is " + MAX_CHARS / 1024 + " KB",
                    "move long text into the post body");
            return Optional.empty();
        }
        Node root;
        try {
            // The composer alone: a node tree with marks, and no object is made from the text yet.
            LoaderOptions options = options();
            root = new Composer(new ParserImpl(new StreamReader(yaml), options), new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            String problem = String.valueOf(e.getProblem());
            if (problem.startsWith(GLOBAL_TAG_REFUSED)) {
                String tag = problem.substring(GLOBAL_TAG_REFUSED.length()).strip();
                problems.error(at(file, firstLine, e.getProblemMark()),
                        "the YAML tag " + shortTag(new Tag(tag)) + " is not allowed", TAG_HINT);
            } else {
                problems.error(at(file, firstLine, e.getProblemMark()), "YAML syntax error: " + describe(e), syntaxHint(e));
            }
            return Optional.empty();
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage());
            String hint = message.contains("aliases")
                    ? "use anchors and aliases (&name, *name) at most " + MAX_ALIASES + " times"
                    : message.contains("Nesting Depth")
                    ? "nest lists and maps at most " + MAX_DEPTH + " levels deep"
                    : "front matter holds a few keys with short values";
            problems.error(SourceLocation.at(file, firstLine, 1), "YAML cannot be loaded: " + message, hint);
            return Optional.empty();
        } catch (RuntimeException e) {
            // SnakeYAML refuses some odd tags (!!x%1B) with an exception of Java's rather than its own.
            problems.error(SourceLocation.at(file, firstLine, 1), "YAML cannot be read: " + e.getMessage(),
                    "quote values that start with ! or &: key: \"!value\"");
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(new Document(Kind.EMPTY, Map.of(), Map.of(), Map.of(), null));
        }
        // Checked into a collector of this document's own: the caller's may be shared with other threads.
        Problems found = new Problems();
        Map<String, Position> positions = new HashMap<>();
        checkNodes(file, firstLine, root, positions, found);
        problems.addAll(found.sorted());
        if (found.hasErrors()) {
            return Optional.empty();
        }
        Object constructed;
        try {
            constructed = new PlainConstructor(options()).construct(root);
        } catch (YAMLException e) {
            Mark mark = e instanceof MarkedYAMLException m ? m.getProblemMark() : null;
            problems.error(at(file, firstLine, mark), "YAML value cannot be read: " + describe(e),
                    "quote the value: key: \"...\"");
            return Optional.empty();
        } catch (RuntimeException e) {
            // A fault of the YAML library on odd input: still this file's problem, never a crash of the build.
            problems.error(SourceLocation.at(file, firstLine, 1), "YAML value cannot be read: " + e,
                    "quote the values: key: \"...\"");
            return Optional.empty();
        }
        Object plain = plain(constructed);
        if (!(root instanceof MappingNode mapping)) {
            return Optional.of(new Document(root instanceof SequenceNode ? Kind.SEQUENCE : Kind.SCALAR, Map.of(), Map.of(),
                    Map.copyOf(positions), plain));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) plain;
        return Optional.of(new Document(Kind.MAPPING, values, keys(mapping, firstLine), Map.copyOf(positions), values));
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

    /**
     * Refuses non-core tags, complex keys and duplicate keys, visiting each shared (aliased) node once, and
     * records where each key and list item is.
     */
    private static void checkNodes(Path file, int firstLine, Node root, Map<String, Position> positions,
                                   Problems problems) {
        record Pending(Node node, String pointer) {
        }
        Optional<Node> cycle = cycle(root, Collections.newSetFromMap(new IdentityHashMap<>()),
                Collections.newSetFromMap(new IdentityHashMap<>()));
        if (cycle.isPresent()) {
            // An alias inside the very list or map it names: the value would never end.
            String anchor = cycle.get().getAnchor() == null ? "" : " (&" + cycle.get().getAnchor() + ")";
            problems.error(at(file, firstLine, cycle.get().getStartMark()),
                    "this value" + anchor + " contains an alias of itself, so it never ends",
                    "write the values out instead of the alias");
            return;
        }
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        List<Pending> pending = new ArrayList<>();
        pending.add(new Pending(root, ""));
        while (!pending.isEmpty()) {
            Pending next = pending.remove(pending.size() - 1);
            Node node = next.node();
            if (seen.put(node, Boolean.TRUE) != null) {
                continue;
            }
            if (seen.size() > MAX_NODES) {
                problems.error(SourceLocation.at(file, firstLine, 1), "the YAML block has more than " + MAX_NODES + " values",
                        "front matter holds a few keys; move data into _data files");
                return;
            }
            if (!CORE_TAGS.contains(node.getTag())) {
                problems.error(at(file, firstLine, node.getStartMark()),
                        "the YAML tag " + shortTag(node.getTag()) + " is not allowed", TAG_HINT);
                continue;
            }
            if (node instanceof SequenceNode sequence) {
                List<Node> items = sequence.getValue();
                for (int i = 0; i < items.size(); i++) {
                    String pointer = next.pointer() + "/" + i;
                    positions.putIfAbsent(pointer, position(firstLine, items.get(i).getStartMark()));
                    pending.add(new Pending(items.get(i), pointer));
                }
            } else if (node instanceof MappingNode mapping) {
                Map<String, Mark> firstSeen = new HashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    Node key = tuple.getKeyNode();
                    if (!(key instanceof ScalarNode scalarKey)) {
                        problems.error(at(file, firstLine, key.getStartMark()), "a key must be plain text, not a list or map",
                                "write key: value");
                        continue;
                    }
                    String pointer = next.pointer() + "/" + scalarKey.getValue().replace("~", "~0").replace("/", "~1");
                    if (!scalarKey.getTag().equals(Tag.MERGE)) {
                        Mark previous = firstSeen.putIfAbsent(scalarKey.getValue(), key.getStartMark());
                        if (previous != null) {
                            problems.error(at(file, firstLine, key.getStartMark()),
                                    "duplicate key '" + scalarKey.getValue() + "' (first set on line "
                                            + (firstLine + previous.getLine()) + ")",
                                    "keep one '" + scalarKey.getValue() + ":' line");
                        }
                        positions.putIfAbsent(pointer, position(firstLine, key.getStartMark()));
                    }
                    pending.add(new Pending(key, pointer + "#key"));
                    pending.add(new Pending(tuple.getValueNode(), pointer));
                }
            }
        }
    }

    /**
     * A list or map that contains itself through an alias, if any. Depth is bounded: the parser limits nesting
     * and the loader limits aliases, and a node already known to be finite is not visited again.
     */
    private static Optional<Node> cycle(Node node, Set<Node> path, Set<Node> finite) {
        if (finite.contains(node)) {
            return Optional.empty();
        }
        if (!path.add(node)) {
            return Optional.of(node);
        }
        List<Node> children = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            children.addAll(sequence.getValue());
        } else if (node instanceof MappingNode mapping) {
            mapping.getValue().forEach(t -> {
                children.add(t.getKeyNode());
                children.add(t.getValueNode());
            });
        }
        for (Node child : children) {
            Optional<Node> found = cycle(child, path, finite);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(node);
        finite.add(node);
        return Optional.empty();
    }

    private static Position position(int firstLine, Mark mark) {
        return new Position(firstLine + mark.getLine(), mark.getColumn() + 1);
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

    private static SourceLocation at(Path file, int firstLine, Mark mark) {
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

    private static String shortTag(Tag tag) {
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
