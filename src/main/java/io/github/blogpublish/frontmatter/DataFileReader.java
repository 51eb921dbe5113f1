package io.github.blogpublish.frontmatter;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code _data} file ({@code .yml}, {@code .yaml} or {@code .json}) into plain values for
 * {@code site.data}. YAML is as untrusted as front matter and loaded under the same limits.
 */
public final class DataFileReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DataFileReader() {
    }

    /** The file's content (a map, a list or a scalar), or empty after reporting why it cannot be read. */
    public static Optional<Object> read(Path file, String text, Problems problems) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            try {
                return Optional.ofNullable(YamlLoader.plain(JSON.readValue(text, Object.class)));
            } catch (JacksonException e) {
                JsonLocation at = e.getLocation();
                problems.report(Rule.DATA_SYNTAX, SourceLocation.at(file, at == null ? 1 : Math.max(1, at.getLineNr()),
                        at == null ? 1 : Math.max(1, at.getColumnNr())), "not valid JSON: " + e.getOriginalMessage(),
                        "check commas, quotes and brackets");
                return Optional.empty();
            }
        }
        return YamlLoader.load(file, text, 1, problems).map(YamlLoader.Document::root);
    }
}
