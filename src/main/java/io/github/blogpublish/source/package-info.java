/**
 * Finds what a blog is made of: posts (with the date and slug their file names carry), drafts, layouts
 * and the configuration file, in a stable order, without following links out of the source folder.
 *
 * <p>May import: {@code config}, {@code problem}.
 */
package io.github.blogpublish.source;
