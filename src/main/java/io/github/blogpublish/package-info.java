/**
 * blog-maven-plugin: turns a Jekyll-style Markdown blog into a validated, rendered, packaged site.
 *
 * <p>The packages, in pipeline order: {@code source} finds the files, {@code frontmatter} splits and
 * checks each post's YAML header into {@code model} records, {@code markdown} renders bodies to HTML,
 * {@code template} places them in Liquid layouts, {@code output} decides which files the site holds,
 * {@code build} runs those stages and writes the site atomically, {@code publish} archives and ships a
 * written site, {@code serve} previews it, and {@code mojo} adapts all of it to Maven goals. Every stage
 * reports what is wrong with the user's files as {@code problem.Problem}s rather than exceptions.
 */
package io.github.blogpublish;
