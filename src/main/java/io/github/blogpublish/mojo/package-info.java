/**
 * The Maven goals: each turns its parameters into a {@code SiteConfig}, makes one call into the core,
 * and reports. A {@code SiteBuildException} (the user's sources or configuration) becomes a
 * {@code MojoFailureException} listing every problem; an I/O failure or a bug becomes a
 * {@code MojoExecutionException}.
 *
 * <p>May import any package. The Maven API is used only here. Nothing imports this package.
 */
package io.github.blogpublish.mojo;
