package io.github.blogpublish.frontmatter;

import io.github.blogpublish.model.Layout;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Reads a layout file: optional front matter (its {@code layout:} names the parent), then Liquid. */
public final class LayoutReader {

    private LayoutReader() {
    }

    /**
     * @param file    the layout's file, or a path naming a built-in resource
     * @param name    the layout's name (file name without {@code .html})
     * @param text    the decoded text
     * @param builtIn whether it is the plugin's own
     * @return the layout, or empty after reporting why its front matter is unusable
     */
    public static Optional<Layout> read(Path file, String name, String text, boolean builtIn, Problems problems) {
        Optional<FrontMatterSplitter.Split> split = FrontMatterSplitter.split(text);
        if (split.isEmpty()) {
            return Optional.of(new Layout(name, Optional.empty(), text, file, 1, Map.of(), builtIn));
        }
        if (!split.get().closed()) {
            FrontMatterSplitter.reportUnclosed(file, problems);
            return Optional.empty();
        }
        Optional<YamlLoader.Document> doc = YamlLoader.load(file, split.get().yaml(), split.get().yamlLine(), problems);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> values = doc.get().values();
        Optional<String> parent = Optional.empty();
        YamlLoader.Key key = doc.get().keys().get("layout");
        if (key != null && !key.type().equals("null")) {
            if (!key.type().equals("str")) {
                problems.report(Rule.UNKNOWN_LAYOUT, SourceLocation.at(file, key.valueLine(), key.valueColumn()),
                        "'layout' must name the layout this one sits in", "write layout: default");
                return Optional.empty();
            }
            String value = key.text().strip();
            parent = value.equals("none") || value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        Map<String, Object> plain = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                plain.put(k, v);
            }
        });
        return Optional.of(new Layout(name, parent, split.get().body(), file, split.get().bodyLine(), plain, builtIn));
    }
}
