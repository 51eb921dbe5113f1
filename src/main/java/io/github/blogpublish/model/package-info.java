/**
 * The blog as data: immutable records for {@link io.github.blogpublish.model.Post}s,
 * {@link io.github.blogpublish.model.Layout}s and rendered content, plus the pure
 * {@link io.github.blogpublish.model.Permalink} rules that give each post its URL and file.
 *
 * <p>May import: {@code problem}.
 */
package io.github.blogpublish.model;
