/**
 * What can be wrong with a blog's sources: {@link io.github.blogpublish.problem.Problem}s at a
 * {@link io.github.blogpublish.problem.SourceLocation}, each found by one {@link io.github.blogpublish.problem.Rule}
 * (the list of every check, with its id, its level under the strict and jekyll profiles, what it catches and its
 * fix), collected by every stage into {@code Problems} at the level {@code RuleLevels} gives each rule for this
 * blog (error, warning or off), and raised once as a {@link io.github.blogpublish.problem.SiteBuildException}.
 *
 * <p>Imports nothing of ours; every other package may import it.
 */
package io.github.blogpublish.problem;
