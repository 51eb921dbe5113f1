package io.github.blogpublish.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code defaults} of {@code _config.yml}, as Jekyll reads them: each entry's {@code scope} (a {@code path} prefix,
 * a {@code type}: {@code posts}, {@code pages} or {@code drafts}) and the {@code values} a file in that scope gets
 * when its front matter lacks them; later entries win.
 *
 * @param entries each entry's keys, as written
 */
public record FrontMatterDefaults(List<Map<String, Object>> entries) {

    public FrontMatterDefaults {
        entries = List.copyOf(entries);
    }

    /** The entries of a {@code defaults:} value; anything but a list of maps gives none. */
    static FrontMatterDefaults of(Object value) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    map.forEach((k, v) -> entry.put(String.valueOf(k), v));
                    out.add(java.util.Collections.unmodifiableMap(entry));
                }
            }
        }
        return new FrontMatterDefaults(out);
    }

    /** The values that apply to a file at this path below the source folder, of this type. */
    public Map<String, Object> forFile(String relativePath, String type) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map<String, Object> entry : entries) {
            Map<?, ?> scope = entry.get("scope") instanceof Map<?, ?> m ? m : Map.of();
            String path = scope.get("path") instanceof String p ? p.replaceAll("^/+|/+$", "") : "";
            Object scopeType = scope.get("type");
            boolean inPath = path.isEmpty() || relativePath.equals(path) || relativePath.startsWith(path + "/");
            boolean ofType = scopeType == null || scopeType.equals(type);
            if (inPath && ofType && entry.get("values") instanceof Map<?, ?> given) {
                given.forEach((k, v) -> {
                    if (v != null) {
                        values.put(String.valueOf(k), v);
                    }
                });
            }
        }
        return values;
    }
}
