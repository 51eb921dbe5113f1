package io.github.blogpublish.cache;

import java.util.List;
import java.util.Set;

/**
 * What one HTML page holds for the link check: the ids of its elements and its internal links (unescaped,
 * external ones left out), in the order written. Kept by the page's checksum, so an unchanged page is not read
 * again.
 *
 * @param ids   every {@code id} of the page
 * @param links every internal {@code href} and {@code src}
 */
public record LinkScan(Set<String> ids, List<String> links) {
}
