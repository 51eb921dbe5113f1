/**
 * What can be wrong with a blog's sources: {@link io.github.blogpublish.problem.Problem}s at a
 * {@link io.github.blogpublish.problem.SourceLocation}, collected by every stage and raised once as a
 * {@link io.github.blogpublish.problem.SiteBuildException}.
 *
 * <p>Imports nothing of ours; every other package may import it.
 */
package io.github.blogpublish.problem;
