/**
 * Ships a written site: {@link io.github.blogpublish.publish.SiteArchive} makes the byte-for-byte
 * reproducible zip, {@link io.github.blogpublish.publish.DirectoryPublisher} replaces a publish folder
 * atomically, {@link io.github.blogpublish.publish.GitPublisher} commits the site as a Git branch's tree and
 * pushes it. Works on a finished site folder only, never on sources.
 *
 * <p>May import: {@code config}, {@code problem}, {@code files}. Eclipse JGit ({@code org.eclipse.jgit}) is used
 * here and nowhere else.
 */
package io.github.blogpublish.publish;
