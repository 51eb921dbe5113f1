package io.github.blogpublish.build;

import io.github.blogpublish.config.RuleSettings;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SiteBuildException;
import io.github.blogpublish.problem.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code blog_rules:} of {@code _config.yml}, and how it stands to the POM's settings. */
class SiteRulesTest {

    @TempDir
    Path dir;

    private TestSite site(String config) throws Exception {
        return new TestSite(dir).file("_config.yml", config)
                .file("_posts/2022-10-01-welcome-to-jekyll.md", "---\nlayout: post\n---\nNo title.\n");
    }

    @Test
    void aRuleSetToWarningInConfigYmlLetsThePostThroughWithAWarning() throws Exception {
        TestSite site = site("title: Blog\nblog_rules:\n  missing-title: warning\n");
        BuildResult result = new SiteBuilder(site.config().build()).build();
        Problem warning = result.warnings().stream().filter(w -> w.rule() == Rule.MISSING_TITLE).findFirst().orElseThrow();
        assertEquals(1, warning.location().line());
        assertEquals(1, result.posts());
    }

    @Test
    void thePomWinsOverConfigYml() throws Exception {
        TestSite site = site("blog_rules:\n  missing-title: off\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, () -> new SiteBuilder(site.config()
                .rules(new RuleSettings.Layer("<rules> of the POM", SourceLocation.of(dir.resolve("pom.xml")),
                        Map.of("missing-title", "error"))).build()).build());
        assertEquals(Rule.MISSING_TITLE, e.problems().get(0).rule());
    }

    @Test
    void anUnknownRuleInConfigYmlIsAnErrorAtItsLine() throws Exception {
        TestSite site = site("title: Blog\nblog_rules:\n  missing-titel: warning\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, () -> new SiteBuilder(site.config().build()).build());
        Problem p = e.problems().stream().filter(x -> x.rule() == Rule.UNKNOWN_RULE).findFirst().orElseThrow();
        assertEquals("unknown rule 'missing-titel' in blog_rules of _config.yml", p.message());
        assertEquals("did you mean missing-title?", p.hint());
        assertEquals(2, p.location().line());
        assertEquals("_config.yml", p.location().file().getFileName().toString());
    }
}
