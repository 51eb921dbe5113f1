package io.github.blogpublish.config;

import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.RuleLevels;
import io.github.blogpublish.problem.SourceLocation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the level of each rule comes from, in the order they apply, each later one winning: the profile
 * ({@code blog.profile}: {@code strict} or {@code jekyll}), the shorthands ({@code blog.strictKeys},
 * {@code blog.unknownLiquid}, {@code blog.brokenLinks}), {@code blog_rules:} of {@code _config.yml}, the POM's
 * {@code <rules>}, and {@code -Dblog.rules}. Immutable.
 *
 * @param profile    the profile's name as written
 * @param strictKeys {@code blog.strictKeys}: every unknown key an error
 * @param liquidWarn {@code blog.unknownLiquid=warning}
 * @param linksWarn  {@code blog.brokenLinks=warning}
 * @param layers     rule settings by where they were written, in order
 */
public record RuleSettings(String profile, boolean strictKeys, boolean liquidWarn, boolean linksWarn,
                           List<Layer> layers) {

    /** The defaults: the strict profile and nothing else. */
    public static final RuleSettings DEFAULT = new RuleSettings("strict", false, false, false, List.of());

    /**
     * Settings written in one place.
     *
     * @param from     how the message names the place: {@code <rules> of the POM}, {@code -Dblog.rules}, ...
     * @param at       where a problem with them is reported
     * @param settings rule id to level, as written
     */
    public record Layer(String from, SourceLocation at, Map<String, String> settings) {
        public Layer {
            settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
        }
    }

    public RuleSettings {
        layers = List.copyOf(layers);
    }

    /** These settings under another profile. */
    public RuleSettings withProfile(String name) {
        return new RuleSettings(name, strictKeys, liquidWarn, linksWarn, layers);
    }

    /** These settings with the shorthands set so. */
    public RuleSettings withShorthands(boolean strict, boolean liquid, boolean links) {
        return new RuleSettings(profile, strict, liquid, links, layers);
    }

    /** These settings with another layer applied last. */
    public RuleSettings with(Layer layer) {
        List<Layer> more = new ArrayList<>(layers);
        more.add(layer);
        return new RuleSettings(profile, strictKeys, liquidWarn, linksWarn, more);
    }

    /**
     * {@code blog_rules:} of {@code _config.yml}, which applies before the POM's and the command line's settings
     * however late the file is read.
     */
    public RuleSettings withSiteFile(Layer layer) {
        List<Layer> more = new ArrayList<>();
        more.add(layer);
        more.addAll(layers.stream().filter(l -> !l.from().equals(layer.from())).toList());
        return new RuleSettings(profile, strictKeys, liquidWarn, linksWarn, more);
    }

    /**
     * The level of every rule; an unknown profile, rule id or level is reported ({@link Rule#UNKNOWN_RULE}) and
     * changes nothing.
     *
     * @param pom where the POM's settings are, for a problem with the profile
     */
    public RuleLevels levels(Path pom, Problems problems) {
        RuleLevels levels = RuleLevels.ofProfile(profile).orElse(null);
        if (levels == null) {
            problems.report(Rule.UNKNOWN_RULE, SourceLocation.of(pom), "unknown profile '" + profile
                    + "' in blog.profile", io.github.blogpublish.problem.Suggestion.closest(profile,
                            java.util.Set.of("strict", "jekyll")).map(near -> "did you mean " + near + "?")
                    .orElse("write -Dblog.profile=strict (the default) or -Dblog.profile=jekyll"));
            levels = RuleLevels.STRICT;
        }
        if (strictKeys) {
            levels = levels.with(Rule.UNKNOWN_KEY, Rule.Level.ERROR).with(Rule.UNKNOWN_KEY_NEAR_MISS, Rule.Level.ERROR);
        }
        if (liquidWarn) {
            levels = levels.with(Rule.UNKNOWN_LIQUID, Rule.Level.WARNING);
        }
        if (linksWarn) {
            levels = levels.with(Rule.BROKEN_LINK, Rule.Level.WARNING);
        }
        for (Layer layer : layers) {
            levels = levels.with(layer.settings(), layer.from(), layer.at(), problems);
        }
        return levels;
    }
}
