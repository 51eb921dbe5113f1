package io.github.blogpublish.frontmatter;

import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import org.yaml.snakeyaml.error.Mark;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The check of a composed YAML tree before any value is made from it ({@link YamlLoader}): only the YAML core
 * tags, no list or map as a key, no key twice in one map, no alias inside what it names, at most
 * {@value #MAX_NODES} values. It records where each key and list item is, by JSON pointer.
 */
final class YamlNodeCheck {

    private static final int MAX_NODES = 100_000;
    private static final Set<Tag> CORE_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP, Tag.MERGE);

    private YamlNodeCheck() {
    }

    /** A node still to check, with its JSON pointer. */
    private record Pending(Node node, String pointer) {
    }

    /**
     * Refuses non-core tags, complex keys and duplicate keys, visiting each shared (aliased) node once, and
     * records where each key and list item is.
     */
    static void check(Path file, int firstLine, Node root, Map<String, YamlLoader.Position> positions, Problems problems) {
        Optional<Node> cycle = cycle(root, Collections.newSetFromMap(new IdentityHashMap<>()),
                Collections.newSetFromMap(new IdentityHashMap<>()));
        if (cycle.isPresent()) {
            // An alias inside the very list or map it names: the value would never end.
            String anchor = cycle.get().getAnchor() == null ? "" : " (&" + cycle.get().getAnchor() + ")";
            problems.report(Rule.YAML_ALIAS_LOOP, YamlLoader.at(file, firstLine, cycle.get().getStartMark()),
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
                problems.report(Rule.YAML_LIMITS, SourceLocation.at(file, firstLine, 1),
                        "the YAML block has more than " + MAX_NODES + " values",
                        "front matter holds a few keys; move data into _data files");
                return;
            }
            if (!CORE_TAGS.contains(node.getTag())) {
                problems.report(Rule.YAML_TAG, YamlLoader.at(file, firstLine, node.getStartMark()),
                        "the YAML tag " + YamlLoader.shortTag(node.getTag()) + " is not allowed", YamlLoader.TAG_HINT);
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
                checkMapping(file, firstLine, mapping, next.pointer(), positions, pending, problems);
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

    private static YamlLoader.Position position(int firstLine, Mark mark) {
        return new YamlLoader.Position(firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    /** Complex and duplicate keys of one map; its keys and values are queued to be checked in turn. */
    private static void checkMapping(Path file, int firstLine, MappingNode mapping, String parent,
                                     Map<String, YamlLoader.Position> positions, List<Pending> pending,
                                     Problems problems) {
        Map<String, Mark> firstSeen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalarKey)) {
                problems.report(Rule.YAML_COMPLEX_KEY, YamlLoader.at(file, firstLine, key.getStartMark()),
                        "a key must be plain text, not a list or map",
                        "write key: value");
                continue;
            }
            String pointer = parent + "/" + scalarKey.getValue().replace("~", "~0").replace("/", "~1");
            if (!scalarKey.getTag().equals(Tag.MERGE)) {
                Mark previous = firstSeen.putIfAbsent(scalarKey.getValue(), key.getStartMark());
                if (previous != null) {
                    problems.report(Rule.YAML_DUPLICATE_KEY, YamlLoader.at(file, firstLine, key.getStartMark()),
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
