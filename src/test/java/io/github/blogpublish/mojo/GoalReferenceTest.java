package io.github.blogpublish.mojo;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code docs/goals.md}, the reference of every goal and parameter, is made from the plugin descriptor that
 * maven-plugin-plugin writes from the mojos' Javadoc, and from the lifecycles in {@code components.xml}: what
 * the docs say is what {@code mvn blog:help -Ddetail} says, and it cannot drift. A goal or parameter without
 * Javadoc fails here. When the page is out of date the new one is in {@code target/docs/goals.md};
 * {@code -Ddocs.update=true} writes it over {@code docs/goals.md}.
 */
class GoalReferenceTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path LIFECYCLES = Path.of("src/main/resources/META-INF/plexus/components.xml");
    private static final Path PAGE = Path.of("docs/goals.md");
    /** How components.xml names a goal of this plugin in a phase. */
    private static final String OWN_GOAL = "${project.groupId}:${project.artifactId}:${project.version}:";

    record Parameter(String name, String property, String defaultValue, boolean required, String description) {
    }

    record Goal(String name, String description, List<Parameter> parameters) {
    }

    @Test
    void everyGoalAndParameterHasJavadoc() throws Exception {
        List<String> undocumented = new ArrayList<>();
        for (Goal goal : goals()) {
            if (goal.description().isBlank()) {
                undocumented.add("goal " + goal.name());
            }
            goal.parameters().stream().filter(p -> p.description().isBlank())
                    .forEach(p -> undocumented.add("parameter " + p.name() + " of " + goal.name()));
        }
        assertEquals(List.of(), undocumented, "write a Javadoc comment for each: it is the user's documentation");
    }

    @Test
    void theGoalPageIsTheOneTheDescriptorMakes() throws Exception {
        io.github.blogpublish.GeneratedPage.check(PAGE, page(goals(), bindings()), "the goals' Javadoc");
    }

    @Test
    void theReadmeNamesEveryGoal() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> missing = goals().stream().map(g -> "blog:" + g.name())
                .filter(goal -> !readme.contains("| `" + goal + "` |")).toList();
        assertEquals(List.of(), missing, "the README's table of goals lacks these");
    }

    static List<Goal> goals() throws Exception {
        Document descriptor = parse(DESCRIPTOR);
        List<Goal> goals = new ArrayList<>();
        for (Element mojo : children(child(descriptor.getDocumentElement(), "mojos"), "mojo")) {
            Map<String, Element> configuration = new LinkedHashMap<>();
            Element config = child(mojo, "configuration");
            if (config != null) {
                for (Element value : children(config, null)) {
                    configuration.put(value.getTagName(), value);
                }
            }
            List<Parameter> parameters = new ArrayList<>();
            for (Element parameter : children(child(mojo, "parameters"), "parameter")) {
                if (!"true".equals(text(parameter, "editable"))) {
                    continue;
                }
                String name = text(parameter, "name");
                Element value = configuration.get(name);
                String expression = value == null ? "" : value.getTextContent().strip();
                String property = expression.startsWith("${") ? expression.substring(2, expression.length() - 1) : "";
                String defaultValue = value == null ? "" : value.getAttribute("default-value");
                parameters.add(new Parameter(name, property, defaultValue, "true".equals(text(parameter, "required")),
                        oneLine(text(parameter, "description"))));
            }
            goals.add(new Goal(text(mojo, "goal"), oneLine(text(mojo, "description")), parameters));
        }
        return goals;
    }

    /** For each goal, the phases that run it: in the {@code blog} lifecycle, and in {@code blog} packaging. */
    static Map<String, List<String>> bindings() throws Exception {
        Map<String, List<String>> phases = new TreeMap<>();
        NodeList elements = parse(LIFECYCLES).getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element phase = (Element) elements.item(i);
            String goal = phase.getTextContent().strip();
            if (children(phase, null).isEmpty() && goal.startsWith(OWN_GOAL)) {
                phases.computeIfAbsent(goal.substring(OWN_GOAL.length()), g -> new ArrayList<>())
                        .add("`" + phase.getTagName() + "`");
            }
        }
        return phases;
    }

    static String page(List<Goal> goals, Map<String, List<String>> bindings) {
        List<Parameter> common = null;
        for (Goal goal : goals) {
            if (!goal.name().equals("help")) {
                common = common == null ? new ArrayList<>(goal.parameters()) : common;
                common.retainAll(goal.parameters());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# Goals and parameters\n\n")
                .append("Made from the goals' Javadoc by `GoalReferenceTest`, which fails when this page and the code\n")
                .append("differ: do not edit it by hand (`./mvnw test -Dtest=GoalReferenceTest -Ddocs.update=true`\n")
                .append("rewrites it). `mvn blog:help -Ddetail` prints the same text. POM parameters win over `_config.yml`.\n\n")
                .append("| goal | run by the phases | what it does |\n|---|---|---|\n");
        for (Goal goal : goals) {
            out.append("| [`blog:").append(goal.name()).append("`](#blog").append(goal.name()).append(") | ")
                    .append(String.join(", ", bindings.getOrDefault(goal.name(), List.of("(called by name)"))))
                    .append(" | ").append(firstSentence(goal.description())).append(" |\n");
        }
        out.append("\n## Parameters of every goal but help\n\n");
        table(out, common);
        for (Goal goal : goals) {
            out.append("\n## blog:").append(goal.name()).append("\n\n").append(cell(goal.description())).append("\n");
            List<Parameter> own = new ArrayList<>(goal.parameters());
            if (!goal.name().equals("help")) {
                own.removeAll(common);
                out.append("\nIt takes the [parameters of every goal](#parameters-of-every-goal-but-help)")
                        .append(own.isEmpty() ? ".\n" : ", and these:\n");
            }
            if (!own.isEmpty()) {
                out.append("\n");
                table(out, own);
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, List<Parameter> parameters) {
        out.append("| parameter | property | default | what it does |\n|---|---|---|---|\n");
        for (Parameter p : parameters) {
            out.append("| `").append(p.name()).append("`").append(p.required() ? " (required)" : "").append(" | ")
                    .append(p.property().isEmpty() ? "" : "`" + p.property() + "`").append(" | ")
                    .append(p.defaultValue().isEmpty() ? "" : "`" + p.defaultValue() + "`").append(" | ")
                    .append(cell(p.description())).append(" |\n");
        }
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return cell(end < 0 ? text : text.substring(0, end + 1));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && (name == null || e.getTagName().equals(name))) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent();
    }
}
