package io.github.blogpublish.problem;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The level of every rule for one build: the profile's (strict or jekyll), then what the blog sets, each later
 * setting winning. Immutable.
 */
public final class RuleLevels {

    /** The {@code strict} profile, the default: every rule at its own level. */
    public static final RuleLevels STRICT = profile(false);
    /** The {@code jekyll} profile: what Jekyll 4.3 builds is built, and reported as a warning. */
    public static final RuleLevels JEKYLL = profile(true);

    private final EnumMap<Rule, Rule.Level> levels;
    private final String profile;

    private RuleLevels(EnumMap<Rule, Rule.Level> levels, String profile) {
        this.levels = levels;
        this.profile = profile;
    }

    private static RuleLevels profile(boolean jekyll) {
        EnumMap<Rule, Rule.Level> levels = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            levels.put(rule, jekyll ? rule.jekyllLevel() : rule.level());
        }
        return new RuleLevels(levels, jekyll ? "jekyll" : "strict");
    }

    /** The profile of this name ({@code strict}, {@code jekyll}); empty for another. */
    public static Optional<RuleLevels> ofProfile(String name) {
        return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "strict", "" -> Optional.of(STRICT);
            case "jekyll" -> Optional.of(JEKYLL);
            default -> Optional.empty();
        };
    }

    /** The profile these levels started from. */
    public String profile() {
        return profile;
    }

    public Rule.Level level(Rule rule) {
        return levels.get(rule);
    }

    /** These levels with one rule's changed; a {@linkplain Rule#fixed() fixed} rule keeps its own. */
    public RuleLevels with(Rule rule, Rule.Level level) {
        if (rule.fixed() || levels.get(rule) == level) {
            return this;
        }
        EnumMap<Rule, Rule.Level> changed = new EnumMap<>(levels);
        changed.put(rule, level);
        return new RuleLevels(changed, profile);
    }

    /**
     * These levels with {@code id=level} settings applied in order; an unknown id or level is reported at
     * {@code at} with a did-you-mean ({@link Rule#UNKNOWN_RULE}) and changes nothing.
     *
     * @param from where the settings were written, for the message: {@code -Dblog.rules}, {@code <rules>}, ...
     */
    public RuleLevels with(Map<String, String> settings, String from, SourceLocation at, Problems problems) {
        RuleLevels result = this;
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String id = setting.getKey() == null ? "" : setting.getKey().strip();
            String value = setting.getValue() == null ? "" : setting.getValue().strip();
            Optional<Rule> rule = Rule.of(id);
            Optional<Rule.Level> level = Rule.Level.of(value);
            if (rule.isEmpty()) {
                problems.report(Rule.UNKNOWN_RULE, at, "unknown rule '" + id + "' in " + from,
                        Suggestion.closest(id, Rule.ids()).map(near -> "did you mean " + near + "?")
                                .orElse("the rules are listed in docs/rules.md"));
            } else if (level.isEmpty()) {
                problems.report(Rule.UNKNOWN_RULE, at, "rule " + id + " in " + from + " is set to '" + value
                        + "', which is no level", "write " + id + "=error, " + id + "=warning or " + id + "=off");
            } else if (rule.get().fixed() && level.get() != rule.get().level()) {
                problems.report(Rule.UNKNOWN_RULE, at, "rule " + id + " in " + from
                                + " is about the build itself and cannot be set to " + level.get().label(),
                        "remove the setting");
            } else {
                result = result.with(rule.get(), level.get());
            }
        }
        return result;
    }

    /**
     * {@code id=level} pairs separated by commas, as {@code -Dblog.rules} takes them; a part without {@code =}
     * has an empty level, which {@link #with(Map, String, SourceLocation, Problems)} reports.
     */
    public static Map<String, String> parseList(String list) {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        if (list == null) {
            return settings;
        }
        for (String part : list.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            settings.put((eq < 0 ? part : part.substring(0, eq)).strip(), eq < 0 ? "" : part.substring(eq + 1).strip());
        }
        return settings;
    }

    /** The rules whose level differs from the strict profile's, as {@code id=level} in rule order. */
    public String changes() {
        return levels.entrySet().stream().filter(e -> e.getValue() != e.getKey().level())
                .map(e -> e.getKey().id() + "=" + e.getValue().label()).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleLevels that && levels.equals(that.levels);
    }

    @Override
    public int hashCode() {
        return levels.hashCode();
    }

    @Override
    public String toString() {
        return profile + "[" + changes() + "]";
    }
}
