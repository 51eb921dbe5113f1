package io.github.blogpublish.build;

import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SiteBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Site rules per collection: {@code _schemas/<collection>.json} checks the front matter of that collection's
 * documents ({@code posts} the posts), at the offending key's line, as {@code _schemas/<layout>.json} checks a
 * layout's; a schema named after nothing is reported.
 */
class CollectionSchemasTest {

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return new TestSite(dir)
                .file("_config.yml", "collections:\n  tabs:\n    output: true\n")
                .file("_schemas/tabs.json", "{\"type\": \"object\", \"required\": [\"order\"],"
                        + " \"properties\": {\"order\": {\"type\": \"integer\"}}}")
                .file("_schemas/posts.json", "{\"type\": \"object\","
                        + " \"properties\": {\"category\": {\"enum\": [\"daily_life\", \"java\"]}}}")
                .file("_tabs/about.md", "---\ntitle: About\norder: first\n---\nAbout.\n")
                .file("_tabs/archives.md", "---\ntitle: Archives\n---\nArchives.\n")
                .file("_posts/2022-10-01-plan.md", "---\ntitle: Plan\ncategory: daily_lfe\n---\nPlan.\n")
                .file("about.md", "---\ntitle: Not a tab\n---\nA page is in no collection.\n");
    }

    @Test
    void eachCollectionsSchemaChecksItsDocumentsAtTheirLines() throws Exception {
        SiteBuildException e = assertThrows(SiteBuildException.class, site()::build);
        List<String> found = e.problems().stream().filter(p -> p.rule() == Rule.SCHEMA_VIOLATION)
                .map(p -> dir.resolve("src/main/blog").relativize(p.location().file()) + ":" + p.location().line())
                .toList();
        assertEquals(List.of("_posts/2022-10-01-plan.md:3", "_tabs/about.md:3", "_tabs/archives.md:1"), found);
    }

    @Test
    void aSchemaNamedAfterNothingIsReported() throws Exception {
        TestSite site = site().file("_schemas/recipes.json", "{\"type\": \"object\"}");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        Problem unknown = e.problems().stream().filter(p -> p.rule() == Rule.SCHEMA_UNKNOWN_LAYOUT).findFirst()
                .orElseThrow();
        assertEquals("there is no layout or collection 'recipes', so this schema applies to nothing", unknown.message());
    }
}
