package io.github.blogpublish.problem;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code docs/rules.md}, the table of every rule, is made from {@link Rule}: its id, its level under each profile,
 * what it catches and how to fix it. When the page is out of date the new one is in {@code target/docs/rules.md};
 * {@code -Ddocs.update=true} writes it over {@code docs/rules.md}. Every rule is raised somewhere in the code,
 * and no problem can be made without one.
 */
class RuleReferenceTest {

    private static final Path PAGE = Path.of("docs/rules.md");
    private static final Path MAIN = Path.of("src/main/java");

    static String page() {
        StringBuilder md = new StringBuilder("""
                # Rules

                <!-- Generated from src/main/java/io/github/blogpublish/problem/Rule.java by RuleReferenceTest; \
                do not edit. -->

                Every problem the plugin reports names the rule that found it, at the end of its line
                (`_posts/a.md:3:7: error: 'date' is not a valid date: ... [date-trailing-text]`); the id is also the
                SARIF `ruleId` and names the JUnit test case of the validation reports. Each rule is `error` (the build
                fails), `warning` (printed; fails only with `blog.failOnWarnings`) or `off` (not reported).

                The level starts from the profile, `-Dblog.profile=strict` (the default) or `-Dblog.profile=jekyll`,
                which builds every input Jekyll 4.3 builds and reports what Jekyll accepts silently as a warning. Then,
                each later one winning: the shorthands `blog.strictKeys` (`unknown-key` and `unknown-key-near-miss` to
                `error`), `blog.unknownLiquid=warning` and `blog.brokenLinks=warning`; `blog_rules:` in `_config.yml`;
                the POM's `<rules>`; and `-Dblog.rules`:

                ```
                ./mvnw site-publish -Dblog.rules=date-trailing-text=warning,missing-title=off
                ```
                ```xml
                <configuration>
                  <rules>
                    <date-trailing-text>warning</date-trailing-text>
                  </rules>
                </configuration>
                ```
                ```yaml
                blog_rules:
                  missing-title: warning
                ```

                Where a rule below `error` lets a file through, the file is built as Jekyll reads it: a missing title
                is the file name's words, a date with text after it is the date before the text, an unknown Liquid tag
                is left out. Where there is no such reading (YAML that does not parse), the file is left out. An
                unknown rule id or level is an error (`unknown-rule`) with a did-you-mean. Rules marked *fixed* are
                about the build itself, not about what a blog means, and keep their level.

                | rule | strict | jekyll | catches | fix |
                |---|---|---|---|---|
                """);
        for (Rule rule : Rule.values()) {
            md.append("| `").append(rule.id()).append("` | ").append(rule.level().label())
                    .append(rule.fixed() ? " (fixed)" : "").append(" | ").append(rule.jekyllLevel().label())
                    .append(" | ").append(cell(rule.catches())).append(" | ").append(cell(rule.fix())).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("{%", "`{%").replace("%}", "%}`");
    }

    @Test
    void theRulePageIsTheOneTheCodeMakes() throws Exception {
        io.github.blogpublish.GeneratedPage.check(PAGE, page(), "problem/Rule.java");
    }

    @Test
    void everyRuleIsRaisedSomewhere() throws Exception {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (!file.endsWith("Rule.java")) {
                    code.append(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        List<String> unused = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            if (!Pattern.compile("\\bRule\\." + rule.name() + "\\b").matcher(code).find()) {
                unused.add(rule.id());
            }
        }
        assertEquals(List.of(), unused, "a rule no code raises is a dead line in the docs");
    }

    @Test
    void aProblemCannotBeMadeWithoutARule() {
        SourceLocation at = SourceLocation.of(Path.of("a.md"));
        assertThrows(NullPointerException.class, () -> new Problem(Severity.ERROR, null, at, "m", "h"));
        assertThrows(NullPointerException.class, () -> Problem.error(null, at, "m", "h"));
        assertThrows(NullPointerException.class, () -> new Problems().report(null, at, "m", "h"));
    }

    @Test
    void everyIdIsKebabCaseAndEveryRuleSaysWhatItCatchesAndHowToFixIt() {
        Pattern kebab = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
        for (Rule rule : Rule.values()) {
            assertTrue(kebab.matcher(rule.id()).matches(), rule.id());
            assertTrue(!rule.catches().isBlank() && !rule.fix().isBlank(), rule.id());
            assertEquals(rule, Rule.of(rule.id()).orElseThrow());
        }
    }

    @Test
    void theProblemLineEndsWithTheRuleId() {
        Problem p = Problem.error(Rule.MISSING_TITLE, SourceLocation.at(Path.of("/b/_posts/a.md"), 1, 1),
                "missing required key 'title'", "add title:");
        String line = p.format(Path.of("/b")).lines().findFirst().orElseThrow();
        Matcher m = Pattern.compile(".*: error: .* \\[([a-z-]+)]$").matcher(line);
        if (!m.matches()) {
            fail(line);
        }
        assertEquals("missing-title", m.group(1));
    }
}
