/**
 * Runs the pipeline, as Jekyll's {@code Site#process} does: {@link io.github.blogpublish.build.SiteBuilder}
 * reads as the stages in order, each a class with one job. Validate: read the settings (the POM's, then
 * {@code _config.yml}), scan ({@code source}), read the theme ({@code ThemeReader}, on its own thread) and the
 * site's schemas ({@code SchemaReader}), read the front matter of every post and page ({@code FrontMatterStage})
 * and the data files ({@code SiteData}), check the Liquid of every body ({@code LiquidCheck}), and choose what is
 * published ({@code Publication}). Render: Markdown ({@code MarkdownStage}), the generators through the layouts
 * ({@code GenerateStage}, over the ordered list {@code Generators}), the link check ({@code LinkCheck}), and the
 * write ({@code SiteWriter}), which replaces {@code target/blog} only when everything succeeded. Each stage
 * collects every problem before the build fails. The thread pool ({@code BuildPool}) and the timings and
 * progress ({@code StageClock}) wrap the stages from outside. A stage that can reuse earlier work takes its
 * own interface of the incremental cache ({@code cache.StageCache}) and asks it whether it has seen a post, a
 * body or a page with the same inputs; without the incremental build that is {@code SiteCache.NONE}, which never
 * has.
 *
 * <p>May import: every package above it ({@code problem} to {@code cache}) and {@code files}.
 */
package io.github.blogpublish.build;
