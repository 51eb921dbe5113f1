/**
 * Turns the text of a post, layout or {@code _config.yml} into checked data: strict decoding
 * ({@link io.github.blogpublish.frontmatter.TextDecoder}), splitting the {@code ---} block
 * ({@link io.github.blogpublish.frontmatter.FrontMatterSplitter}), loading untrusted YAML with SnakeYAML
 * under hard limits ({@link io.github.blogpublish.frontmatter.YamlLoader}, whose tree {@code YamlNodeCheck}
 * checks before any value is made), and checking the keys ({@code FrontMatterChecker}) into {@code model} records
 * ({@link io.github.blogpublish.frontmatter.PostReader}). Every mistake becomes a {@code Problem} of its rule at
 * its line and column; where the blog lowers the rule, the check's own reading (Jekyll's) stands.
 *
 * <p>May import: {@code model}, {@code config}, {@code problem}. SnakeYAML is used only here.
 */
package io.github.blogpublish.frontmatter;
