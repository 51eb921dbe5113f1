package io.github.blogpublish.frontmatter;

/** How a YAML type is named to a blogger, and how to quote a value so YAML reads it as text. */
final class YamlTypes {

    private YamlTypes() {
    }

    /** "a boolean", "a number", ... for a type name from {@link YamlLoader.Key#type()}. */
    static String describe(String type) {
        return switch (type) {
            case "bool" -> "a boolean";
            case "int", "float" -> "a number";
            case "null" -> "empty";
            case "seq" -> "a list";
            case "map" -> "a map";
            case "timestamp" -> "a date";
            default -> "text";
        };
    }

    /** {@code key: "text"} with the text escaped for a double-quoted YAML scalar. */
    static String quoted(String key, String text) {
        return key + ": \"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
