/**
 * Turns the text of a post, layout or {@code _config.yml} into checked data: strict decoding
 * ({@link io.github.blogpublish.frontmatter.TextDecoder}), splitting the {@code ---} block
 * ({@link io.github.blogpublish.frontmatter.FrontMatterSplitter}), loading untrusted YAML with SnakeYAML
 * under hard limits ({@link io.github.blogpublish.frontmatter.YamlLoader}), and checking the keys into
 * {@code model} records ({@link io.github.blogpublish.frontmatter.PostReader}). Every mistake becomes a
 * {@code Problem} at its line and column.
 *
 * <p>May import: {@code model}, {@code config}, {@code problem}. SnakeYAML is used only here.
 */
package io.github.blogpublish.frontmatter;
