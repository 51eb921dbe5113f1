package io.github.blogpublish.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.Severity;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the result of a validation as three reports. Every checked file appears (a clean post is a passed
 * test case), plus every other file with a problem (a layout, {@code _config.yml}). Paths are relative to
 * the project folder, and the reports hold no time stamps, so the same sources give the same reports.
 */
public final class ValidationReports {

    /** The report files, in the order they are written. */
    public static final List<String> FILES =
            List.of("blog-validation.json", "TEST-blog-validation.xml", "blog-validation.sarif");

    private static final String TOOL = "blog-maven-plugin";

    private final Path base;
    private final String version;
    private final String build;
    private final Function<byte[], String> checksum;

    /**
     * @param base     the project folder; paths are shown relative to it
     * @param version  the plugin version, named in the reports
     * @param build    this plugin build (a rebuilt snapshot may write the reports otherwise under the same version)
     * @param checksum the checksum the build keeps its other keys with, for the reports' record
     */
    public ValidationReports(Path base, String version, String build, Function<byte[], String> checksum) {
        this.base = base;
        this.version = version;
        this.build = build;
        this.checksum = checksum;
    }

    /**
     * What the last {@link #write} made the reports from, and the reports as it left them: a hidden file beside them.
     */
    static final String RECORD = ".blog-validation.key";

    /**
     * Writes the three reports into {@code directory}, replacing earlier ones. When the last write made them from the
     * same result with this very plugin build, and they are still as it left them, they stay: a re-run of 10,000
     * posts spent a tenth of a second making the same 2 MB again.
     *
     * @return the report files, and whether they were left as they were
     */
    public Written write(Path directory, List<Path> checked, List<Problem> problems) throws IOException {
        Map<String, List<Problem>> byFile = group(checked, problems);
        Files.createDirectories(directory);
        List<Path> reports = FILES.stream().map(directory::resolve).toList();
        Path record = directory.resolve(RECORD);
        String key = key(byFile, checked.size(), problems);
        if (record(key, reports).equals(read(record))) {
            return new Written(reports, true);
        }
        Files.deleteIfExists(record); // written last: a write stopped half-way leaves none
        write(reports.get(0), json(byFile, checked.size()));
        write(reports.get(1), junit(byFile));
        write(reports.get(2), sarif(problems));
        write(record, record(key, reports));
        return new Written(reports, false);
    }

    /**
     * The reports of one {@link #write}.
     *
     * @param files the three report files, in the order of {@link #FILES}
     * @param kept  whether the last write's were left as they were (the same result made them)
     */
    public record Written(List<Path> files, boolean kept) {
    }

    /**
     * A checksum of everything the reports are made from: this plugin build (a rebuilt snapshot may write them
     * otherwise under the same version), the files and every problem with all it says.
     */
    private String key(Map<String, List<Problem>> byFile, int checkedCount, List<Problem> problems) {
        StringBuilder text = new StringBuilder(version).append('\u0000').append(build).append('\u0000')
                .append(checkedCount).append('\u0000');
        byFile.forEach((path, list) -> {
            text.append(path).append('\u0000');
            list.forEach(problem -> describe(problem, text));
        });
        text.append("\u0001");
        problems.forEach(problem -> describe(problem, text));
        return checksum.apply(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void describe(Problem problem, StringBuilder text) {
        text.append(problem.severity()).append('\u0000').append(problem.rule().id()).append('\u0000')
                .append(path(problem.location().file())).append('\u0000').append(problem.location().line())
                .append('\u0000').append(problem.location().column()).append('\u0000').append(problem.message())
                .append('\u0000').append(problem.hint()).append('\u0000');
    }

    /** The record of reports made under {@code key}: the key, then each report's size, time and identity. */
    private static String record(String key, List<Path> reports) {
        StringBuilder text = new StringBuilder(key).append('\n');
        for (Path report : reports) {
            try {
                java.nio.file.attribute.BasicFileAttributes file = Files.readAttributes(report,
                        java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                text.append(file.isRegularFile()).append(' ').append(file.size()).append(' ')
                        .append(file.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)).append(' ')
                        .append(file.fileKey()).append('\n');
            } catch (IOException none) {
                text.append("none\n");
            }
        }
        return text.toString();
    }

    /** The record file's text; empty when there is none or it cannot be read. */
    private static String read(Path record) {
        try {
            return Files.readString(record, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException none) {
            return "";
        }
    }

    private Map<String, List<Problem>> group(List<Path> checked, List<Problem> problems) {
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        checked.stream().map(this::path).sorted().forEach(path -> byFile.put(path, new ArrayList<>()));
        problems.stream().sorted().forEach(p -> byFile.computeIfAbsent(path(p.location().file()), k -> new ArrayList<>()).add(p));
        return byFile;
    }

    private String path(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? io.github.blogpublish.problem.SourceLocation.below(base, absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    String json(Map<String, List<Problem>> byFile, int checkedCount) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("tool", TOOL);
        root.put("version", version);
        root.put("checkedFiles", checkedCount);
        root.put("errors", count(byFile, Severity.ERROR));
        root.put("warnings", count(byFile, Severity.WARNING));
        ArrayNode files = root.putArray("files");
        byFile.forEach((path, list) -> {
            ObjectNode file = files.addObject();
            file.put("path", path);
            ArrayNode items = file.putArray("problems");
            for (Problem p : list) {
                ObjectNode item = items.addObject();
                item.put("line", p.location().line());
                item.put("column", p.location().column());
                item.put("severity", p.severity().label());
                item.put("rule", p.rule().id());
                item.put("message", p.message());
                item.put("hint", p.hint());
            }
        });
        return pretty(mapper, root);
    }

    /**
     * One test case per checked file without problems (named by the file), and one per file and rule that found
     * something there (the file is the class name, the rule id the test's): an error is its failure, warnings its
     * output.
     */
    String junit(Map<String, List<Problem>> byFile) throws IOException {
        record Case(String file, String rule, List<Problem> problems) {
        }
        List<Case> cases = new ArrayList<>();
        byFile.forEach((file, list) -> {
            if (list.isEmpty()) {
                cases.add(new Case(file, null, list));
            }
            Map<Rule, List<Problem>> byRule = new java.util.TreeMap<>(java.util.Comparator.comparing(Rule::id));
            list.forEach(p -> byRule.computeIfAbsent(p.rule(), r -> new ArrayList<>()).add(p));
            byRule.forEach((rule, found) -> cases.add(new Case(file, rule.id(), found)));
        });
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "blog validation");
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            long failures = cases.stream().filter(c -> c.problems().stream().anyMatch(Problem::isError)).count();
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (Case c : cases) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", c.file());
                xml.writeAttribute("name", c.rule() == null ? c.file() : c.file() + " [" + c.rule() + "]");
                testCaseBody(xml, c.problems());
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report", e);
        }
        return out.toString();
    }

    private static void testCaseBody(XMLStreamWriter xml, List<Problem> problems) throws XMLStreamException {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        List<Problem> warnings = problems.stream().filter(p -> !p.isError()).toList();
        if (!errors.isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", errors.get(0).rule().id());
            xml.writeAttribute("message", errors.size() + (errors.size() == 1 ? " error: " : " errors, first: ")
                    + errors.get(0).message());
            xml.writeCharacters(lines(errors));
            xml.writeEndElement();
        }
        if (!warnings.isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(lines(warnings));
            xml.writeEndElement();
        }
        if (!problems.isEmpty()) {
            xml.writeCharacters("\n  ");
        }
    }

    String sarif(List<Problem> problems) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL);
        driver.put("version", version);
        // Every rule, so that a tool reading the report can show what each means; ruleIndex points here.
        ArrayNode rules = driver.putArray("rules");
        for (Rule r : Rule.values()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", r.id());
            rule.putObject("shortDescription").put("text", r.catches());
            rule.putObject("help").put("text", r.fix());
            rule.putObject("defaultConfiguration").put("level", sarifLevel(r.level()));
        }
        ArrayNode results = run.putArray("results");
        for (Problem p : problems.stream().sorted().toList()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", p.rule().id());
            result.put("ruleIndex", p.rule().ordinal());
            result.put("level", p.isError() ? "error" : "warning");
            result.putObject("message").put("text", p.hint().isEmpty() ? p.message() : p.message() + ". Hint: " + p.hint());
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", path(p.location().file()));
            ObjectNode region = physical.putObject("region");
            region.put("startLine", Math.max(1, p.location().line()));
            if (p.location().column() > 0) {
                region.put("startColumn", p.location().column());
            }
        }
        return pretty(mapper, root);
    }

    /** SARIF's words for a rule's level: {@code error}, {@code warning}, {@code none}. */
    private static String sarifLevel(Rule.Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case OFF -> "none";
        };
    }

    private static String lines(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem p : problems) {
            text.append(p.location().line()).append(':').append(p.location().column()).append(": ")
                    .append(p.severity().label()).append(": ").append(p.message()).append(" [").append(p.rule().id())
                    .append(']');
            if (!p.hint().isEmpty()) {
                text.append("\n    hint: ").append(p.hint());
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static long count(Map<String, List<Problem>> byFile, Severity severity) {
        return byFile.values().stream().flatMap(List::stream).filter(p -> p.severity() == severity).count();
    }

    private static String pretty(ObjectMapper mapper, ObjectNode root) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
        return mapper.writer(printer).writeValueAsString(root) + "\n";
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
