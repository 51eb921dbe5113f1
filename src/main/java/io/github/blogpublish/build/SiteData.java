package io.github.blogpublish.build;

import io.github.blogpublish.frontmatter.DataFileReader;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.source.PostFileName;
import io.github.blogpublish.source.SourceFile;
import io.github.blogpublish.source.SourceTree;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The read stage of {@code _data}: YAML and JSON files become {@code site.data}. */
final class SiteData {

    private SiteData() {
    }

    /**
     * {@code site.data}: each {@code _data} file under its name without extension, folders as nested maps
     * ({@code _data/team/members.yml} is {@code site.data.team.members}).
     */
    static Map<String, Object> read(SourceTree tree, Problems problems) {
        Map<String, Object> data = new TreeMap<>();
        for (SourceFile file : tree.data()) {
            Optional<Object> value = SourceFiles.read(file.path(), problems).flatMap(text -> DataFileReader.read(file.path(), text, problems));
            if (value.isEmpty()) {
                continue;
            }
            String[] parts = file.relativePath().substring("_data/".length()).split("/");
            Map<String, Object> folder = data;
            for (int i = 0; i < parts.length - 1; i++) {
                Object next = folder.computeIfAbsent(parts[i], k -> new TreeMap<String, Object>());
                if (!(next instanceof Map<?, ?>)) {
                    break;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> nested = (Map<String, Object>) next;
                folder = nested;
            }
            String name = PostFileName.stem(parts[parts.length - 1]);
            if (folder.putIfAbsent(name, value.get()) != null) {
                problems.report(Rule.DATA_DUPLICATE, SourceLocation.of(file.path()),
                        "another _data file is also named '" + name + "'",
                        "keep one of " + name + ".yml, " + name + ".yaml and " + name + ".json");
            }
        }
        return data;
    }
}
