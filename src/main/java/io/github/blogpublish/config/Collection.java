package io.github.blogpublish.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A collection of {@code _config.yml}, as Jekyll defines one: its documents are the files of {@code _<label>/}
 * (inside {@code collections_dir} when the site sets one); they are written only with {@code output: true}, at
 * {@code permalink} (default {@code /:collection/:path:output_ext}), and listed in {@code site.<label>} sorted by
 * {@code sort_by} (else by path).
 *
 * @param label     the name: {@code tabs} for {@code _tabs/}
 * @param folder    the folder of its documents below the source folder: {@code _tabs}, or
 *                  {@code my_collections/_tabs} with {@code collections_dir: my_collections}
 * @param output    whether its documents are pages of the site
 * @param permalink the URL pattern of its documents
 * @param sortBy    the front matter key its documents are sorted by; empty for their paths
 */
public record Collection(String label, String folder, boolean output, String permalink, Optional<String> sortBy) {

    /** Jekyll's pattern for a collection without {@code permalink}. */
    public static final String DEFAULT_PERMALINK = "/:collection/:path:output_ext";

    /** The collection whose folder holds a file at this path below the source folder, if any. */
    public static Optional<Collection> holding(List<Collection> collections, String relativePath) {
        return collections.stream().filter(c -> relativePath.startsWith(c.folder() + "/")).findFirst();
    }

    /** Where a file of the collection is written when it is copied as it is: {@code tabs/icon.png}. */
    public String outputPath(String relativePath) {
        return label + relativePath.substring(folder.length());
    }

    /**
     * The collections of a {@code collections:} value: a map of labels to their settings, or a list of labels
     * (without output). {@code posts} is Jekyll's own and is not one of them here.
     */
    static List<Collection> of(Object value, String collectionsDir) {
        String prefix = collectionsDir.isEmpty() ? "_" : collectionsDir + "/_";
        List<Collection> out = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((label, settings) -> {
                Map<?, ?> s = settings instanceof Map<?, ?> m ? m : Map.of();
                out.add(new Collection(String.valueOf(label), prefix + label, Boolean.TRUE.equals(s.get("output")),
                        s.get("permalink") instanceof String p && !p.isBlank() ? p.strip() : DEFAULT_PERMALINK,
                        s.get("sort_by") instanceof String by && !by.isBlank() ? Optional.of(by.strip()) : Optional.empty()));
            });
        } else if (value instanceof List<?> list) {
            list.forEach(label -> out.add(new Collection(String.valueOf(label), prefix + label, false, DEFAULT_PERMALINK,
                    Optional.empty())));
        }
        out.removeIf(c -> c.label().equals("posts") || c.label().isBlank() || c.label().contains("/")
                || c.label().startsWith("."));
        out.sort(java.util.Comparator.comparing(Collection::label));
        return List.copyOf(out);
    }
}
