/**
 * File-system moves that keep readers from ever seeing half a site: a folder is filled beside its target,
 * then swapped into place with renames, and trees are deleted without following links. Used by
 * {@code build} (writing {@code target/blog}) and {@code publish} (replacing a publish folder).
 *
 * <p>May import: {@code problem}. JDK only.
 */
package io.github.blogpublish.files;
