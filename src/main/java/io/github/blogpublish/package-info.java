/**
 * blog-maven-plugin: turns a Jekyll-style Markdown blog into a validated, rendered, packaged site.
 *
 * <p>The packages, in pipeline order: {@code config} holds the settings, {@code source} finds the files,
 * {@code frontmatter} splits and checks each post's YAML header into {@code model} records, {@code markdown}
 * renders bodies to HTML, {@code template} places them in Liquid layouts, {@code output}'s generators decide which
 * files the site holds, {@code cache} remembers what the last build checked and rendered, and {@code build} runs
 * those stages in order ({@code SiteBuilder}) and writes the site atomically. After it, {@code publish} archives
 * and ships a written site, {@code serve} previews it, {@code newpost} starts a post, and {@code mojo} adapts all
 * of it to Maven goals. Beside them, {@code files} swaps folders whole and {@code report} writes the validation
 * reports. Every stage reports what is wrong with the user's files as {@code problem.Problem}s rather than
 * exceptions.
 */
package io.github.blogpublish;
