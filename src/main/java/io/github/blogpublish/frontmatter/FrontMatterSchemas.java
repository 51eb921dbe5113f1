package io.github.blogpublish.frontmatter;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.problem.Suggestion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * A site's own front matter rules: JSON Schemas (draft 2020-12) from the {@code frontMatterSchema}
 * parameter (every post) and from {@code _schemas/<name>.json} (every post, page or document with the layout
 * {@code <name>}, and every document of the collection {@code <name>}, {@code posts} for the posts). Violations
 * are reported at the offending key's line and column, with "did you mean" for enumerated values.
 * Built once per build; checking is read-only and safe from many threads.
 */
public final class FrontMatterSchemas {

    /** No site rules. */
    public static final FrontMatterSchemas NONE = new FrontMatterSchemas(List.of(), new Problems());

    /**
     * A schema file.
     *
     * @param file   the file, named in problems
     * @param name   how it is named in messages, e.g. {@code _schemas/post.json}
     * @param text   its JSON text
     * @param scope  the layout or collection it applies to; empty for every post
     */
    public record SchemaSource(Path file, String name, String text, Optional<String> scope) {
    }

    private record LoadedSchema(SchemaSource source, Schema schema) {
    }

    /** Jackson, loaded only for a site with schemas (with the JSON Schema library, a good part of a JVM's start). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final List<LoadedSchema> rules = new ArrayList<>();

    /** Parses every schema; a file that is not JSON or not a schema is reported at its line. */
    public FrontMatterSchemas(List<SchemaSource> sources, Problems problems) {
        if (sources.isEmpty()) {
            return; // no rules: the JSON Schema library is not even loaded
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ENGLISH).build()));
        for (SchemaSource source : sources) {
            try {
                JsonNode node = Json.MAPPER.readTree(source.text());
                if (node == null || !node.isObject()) {
                    problems.report(Rule.SCHEMA_INVALID, SourceLocation.at(source.file(), 1, 1),
                            "a JSON Schema must be a JSON object",
                            "start the file with { \"type\": \"object\", \"properties\": { ... } }");
                    continue;
                }
                Schema schema = registry.getSchema(SchemaLocation.of(source.file().toUri().toString()), node);
                schema.initializeValidators();
                rules.add(new LoadedSchema(source, schema));
            } catch (JacksonException e) {
                JsonLocation at = e.getLocation();
                problems.report(Rule.SCHEMA_INVALID, SourceLocation.at(source.file(), at == null ? 1 : Math.max(1, at.getLineNr()),
                                at == null ? 1 : Math.max(1, at.getColumnNr())),
                        "the schema is not valid JSON: " + e.getOriginalMessage(), "check commas, quotes and brackets");
            } catch (RuntimeException e) {
                problems.report(Rule.SCHEMA_INVALID, SourceLocation.at(source.file(), 1, 1),
                        "the schema cannot be used: " + e.getMessage(),
                        "write a JSON Schema (draft 2020-12)");
            }
        }
    }

    /** Whether any schema lists this key under {@code properties}, making it a known key of the site. */
    public boolean declares(String key) {
        for (LoadedSchema rule : rules) {
            JsonNode properties = rule.schema().getSchemaNode().get("properties");
            if (properties != null && properties.has(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the site has no rules. */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * Checks one file's front matter against every rule that applies to its layout or its collection.
     *
     * @param collection {@code posts} for a post, a collection's label for its document, empty for a page
     */
    void check(Path post, YamlLoader.Document doc, Optional<String> layout, Optional<String> collection,
               Problems problems) {
        if (rules.isEmpty()) {
            return;
        }
        JsonNode instance = Json.MAPPER.valueToTree(doc.values());
        for (LoadedSchema rule : rules) {
            Optional<String> scope = rule.source().scope();
            if (scope.isPresent() && !scope.equals(layout) && !scope.equals(collection)) {
                continue;
            }
            for (Error error : rule.schema().validate(instance)) {
                report(post, doc, rule.source(), error, problems);
            }
        }
    }

    private static void report(Path post, YamlLoader.Document doc, SchemaSource source, Error error, Problems problems) {
        String pointer = pointer(error.getInstanceLocation());
        String from = " (rule from " + source.name() + ")";
        SourceLocation at = doc.positionOf(pointer)
                .map(p -> SourceLocation.at(post, p.line(), p.column()))
                .orElse(SourceLocation.at(post, 1, 1));
        String key = display(pointer);
        switch (error.getKeyword()) {
            case "enum" -> {
                List<String> allowed = values(error.getSchemaNode());
                JsonNode value = error.getInstanceNode();
                String got = value == null ? "nothing" : value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
                Optional<String> near = value != null && value.isTextual()
                        ? Suggestion.closest(value.asText(), allowed) : Optional.empty();
                problems.report(Rule.SCHEMA_VIOLATION, at,
                        "'" + key + "' must be one of " + String.join(", ", allowed) + "; got " + got + from,
                        near.map(n -> "did you mean " + n + "?").orElse("write one of " + String.join(", ", allowed)));
            }
            case "required" -> {
                String missing = error.getProperty() != null ? error.getProperty() : String.valueOf(error.getArguments()[0]);
                String where = pointer.isEmpty() ? "" : " in '" + key + "'";
                problems.report(Rule.SCHEMA_VIOLATION, at, "missing required key '" + missing + "'" + where + from,
                        "add a line: " + missing + ": ...");
            }
            default -> problems.report(Rule.SCHEMA_VIOLATION, at,
                    "'" + (key.isEmpty() ? "front matter" : key) + "' " + message(error) + from,
                    "change the value to match " + source.name());
        }
    }

    /** The library's message without the instance path it starts with. */
    private static String message(Error error) {
        String text = error.getMessage();
        int colon = text.indexOf(": ");
        return colon >= 0 && text.startsWith("$") ? text.substring(colon + 2) : text;
    }

    private static String pointer(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /** {@code /categories/0} as a blogger reads it: {@code categories[0]}. */
    private static String display(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit) && out.length() > 0) {
                out.append('[').append(name).append(']');
            } else {
                out.append(out.length() > 0 ? "." : "").append(name);
            }
        }
        return out.toString();
    }

    private static List<String> values(JsonNode node) {
        if (node == null || !node.isArray()) {
            return List.of();
        }
        return StreamSupport.stream(node.spliterator(), false)
                .map(n -> n.isTextual() ? n.asText() : n.toString()).toList();
    }
}
