/**
 * The generators: each {@link io.github.blogpublish.output.Generator} turns the rendered content into one kind
 * of the site's {@link io.github.blogpublish.output.OutputFile}s through its layout (post pages, pages, the home
 * page and its pagination, tag and category archives, the feed, the sitemap, the search index, robots.txt, the
 * 404 page, static files), reusing a page the last build made when its inputs are the same. Which generators a
 * site has, and in what order, is the build's list.
 *
 * <p>May import: {@code template}, {@code model}, {@code config}, {@code problem}.
 */
package io.github.blogpublish.output;
