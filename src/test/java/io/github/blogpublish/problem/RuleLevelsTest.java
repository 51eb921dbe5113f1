package io.github.blogpublish.problem;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleLevelsTest {

    private static final SourceLocation POM = SourceLocation.of(Path.of("pom.xml"));

    @Test
    void aRuleSetToWarningIsReportedAsOneAndOffIsNotReportedAtAll() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("missing-title", "warning");
        settings.put("date-trailing-text", "off");
        Problems setting = new Problems();
        RuleLevels levels = RuleLevels.STRICT.with(settings, "-Dblog.rules", POM, setting);
        assertEquals(List.of(), setting.sorted());
        Problems problems = new Problems(levels);
        assertEquals(Rule.Level.WARNING, problems.report(Rule.MISSING_TITLE, POM, "m", "h"));
        assertEquals(Rule.Level.OFF, problems.report(Rule.DATE_TRAILING_TEXT, POM, "m", "h"));
        assertEquals(Rule.Level.ERROR, problems.report(Rule.YAML_SYNTAX, POM, "m", "h"));
        assertEquals(List.of(Severity.ERROR, Severity.WARNING),
                problems.sorted().stream().map(Problem::severity).sorted().toList());
    }

    @Test
    void anUnknownRuleIdOrLevelIsAnErrorWithADidYouMean() {
        Problems problems = new Problems();
        RuleLevels levels = RuleLevels.STRICT.with(Map.of("mising-title", "warning"), "-Dblog.rules", POM, problems);
        assertEquals(RuleLevels.STRICT, levels);
        Problem p = problems.sorted().get(0);
        assertEquals(Rule.UNKNOWN_RULE, p.rule());
        assertEquals("unknown rule 'mising-title' in -Dblog.rules", p.message());
        assertEquals("did you mean missing-title?", p.hint());
        Problems levelProblems = new Problems();
        RuleLevels.STRICT.with(RuleLevels.parseList("missing-title=loud,broken-link"), "-Dblog.rules", POM, levelProblems);
        assertEquals(2, levelProblems.sorted().size());
        assertTrue(levelProblems.sorted().get(0).message().contains("which is no level"));
    }

    @Test
    void theJekyllProfileLowersWhatJekyllBuildsAndKeepsWhatItRefuses() {
        assertEquals(Rule.Level.WARNING, RuleLevels.JEKYLL.level(Rule.DATE_TRAILING_TEXT));
        assertEquals(Rule.Level.WARNING, RuleLevels.JEKYLL.level(Rule.MISSING_TITLE));
        assertEquals(Rule.Level.WARNING, RuleLevels.JEKYLL.level(Rule.BROKEN_LINK));
        assertEquals(Rule.Level.ERROR, RuleLevels.JEKYLL.level(Rule.DATE_INVALID), "Jekyll refuses it too");
        assertEquals(Rule.Level.ERROR, RuleLevels.JEKYLL.level(Rule.YAML_SYNTAX));
        assertEquals(Rule.Level.ERROR, RuleLevels.STRICT.level(Rule.DATE_TRAILING_TEXT));
    }

    @Test
    void aFixedRuleKeepsItsLevel() {
        Problems problems = new Problems();
        RuleLevels levels = RuleLevels.STRICT.with(Map.of("output-folder", "off"), "<rules> of the POM", POM, problems);
        assertEquals(Rule.Level.ERROR, levels.level(Rule.OUTPUT_FOLDER));
        assertEquals(Rule.UNKNOWN_RULE, problems.sorted().get(0).rule());
    }

    @Test
    void theSummaryCountsProblemsByRuleMostFirst() {
        List<Problem> problems = List.of(Problem.error(Rule.MISSING_TITLE, POM, "a", ""),
                Problem.error(Rule.DATE_TRAILING_TEXT, POM, "b", ""), Problem.error(Rule.DATE_TRAILING_TEXT, POM, "c", ""));
        assertEquals("2 date-trailing-text, 1 missing-title", SiteBuildException.byRule(problems));
    }
}
