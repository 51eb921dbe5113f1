/**
 * Beside the pipeline, {@code blog:new}'s core: {@link io.github.blogpublish.newpost.PostSkeleton} writes a new
 * post dated today in the site's zone, with front matter the next build accepts, and never overwrites a file.
 *
 * <p>May import: {@code config}, {@code frontmatter} (to read {@code _config.yml}), {@code model} (slugs) and
 * {@code problem}.
 */
package io.github.blogpublish.newpost;
