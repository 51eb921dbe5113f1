package io.github.blogpublish.build;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.frontmatter.FrontMatterSchemas;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.source.PostFileName;
import io.github.blogpublish.source.SourceFile;
import io.github.blogpublish.source.SourceTree;
import io.github.blogpublish.template.Hashes;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The read stage of the site's own front matter rules: JSON Schemas, and what post checks depend on. */
final class SchemaReader {

    private SchemaReader() {
    }

    /**
     * The {@code frontMatterSchema} file (every post) and {@code _schemas/<name>.json} (the files of that layout, or
     * of that collection: {@code posts}, or a label of {@code collections:}).
     */
    static List<FrontMatterSchemas.SchemaSource> read(SourceTree tree, SiteConfig config,
                                                         Set<String> layoutNames, Problems problems) {
        List<FrontMatterSchemas.SchemaSource> sources = new ArrayList<>();
        config.frontMatterSchema().ifPresent(file -> {
            if (!Files.isRegularFile(file)) {
                problems.report(Rule.SCHEMA_INVALID, SourceLocation.of(file),
                        "the front matter schema file does not exist",
                        "create it, or correct the frontMatterSchema parameter");
                return;
            }
            SourceFiles.read(file, problems).ifPresent(text -> sources.add(new FrontMatterSchemas.SchemaSource(file,
                    config.baseDirectory().relativize(file).toString().replace('\\', '/'), text, Optional.empty())));
        });
        Set<String> collections = new java.util.TreeSet<>(List.of("posts"));
        config.collections().forEach(collection -> collections.add(collection.label()));
        for (SourceFile file : tree.schemas()) {
            String scope = PostFileName.stem(file.fileName());
            if (!layoutNames.contains(scope) && !collections.contains(scope)) {
                problems.report(Rule.SCHEMA_UNKNOWN_LAYOUT, SourceLocation.of(file.path()),
                        "there is no layout or collection '" + scope + "', so this schema applies to nothing",
                        "name the file after a layout (" + String.join(", ", layoutNames) + ") or a collection ("
                                + String.join(", ", collections) + ")");
            }
            SourceFiles.read(file.path(), problems).ifPresent(text -> sources.add(
                    new FrontMatterSchemas.SchemaSource(file.path(), file.relativePath(), text, Optional.of(scope))));
        }
        return sources;
    }

    /** What a post's checks depend on besides its own text: settings, layout names, site schemas. */
    static String fingerprint(SiteConfig config, Set<String> layoutNames,
                                      List<FrontMatterSchemas.SchemaSource> schemas) {
        StringBuilder text = new StringBuilder();
        text.append(config.timezone()).append('|').append(config.permalink()).append('|').append(config.rules())
                .append('|').append(config.drafts()).append('|').append(config.defaults()).append('|').append(layoutNames);
        schemas.forEach(s -> text.append('|').append(s.name()).append(s.scope()).append(Hashes.sha256(s.text())));
        return Hashes.sha256(text.toString());
    }
}
