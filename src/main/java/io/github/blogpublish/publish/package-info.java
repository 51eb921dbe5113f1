/**
 * Ships a written site: {@link io.github.blogpublish.publish.SiteArchive} makes the byte-for-byte
 * reproducible zip, {@link io.github.blogpublish.publish.DirectoryPublisher} replaces a publish folder
 * atomically. Works on a finished site folder only, never on sources.
 *
 * <p>May import: {@code config}, {@code problem}, {@code files}.
 */
package io.github.blogpublish.publish;
