package io.github.blogpublish.template;

import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.problem.Suggestion;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every {@code {% post_url %}} and {@code {% link %}} of a text against the site's posts and files
 * before rendering, so a reference to something that does not exist is reported at its line, with the
 * nearest existing name.
 */
final class LiquidLinks {

    private static final Pattern REFERENCE = Pattern.compile("\\{%-?\\s*(post_url|link)\\s+([^%\\s]+)\\s*-?%\\}");

    private LiquidLinks() {
    }

    /** @param warn whether a missing target is a warning (governed by {@code blog.brokenLinks}) */
    static void check(Path file, String text, int firstLine, LinkTable links, boolean warn, Problems problems) {
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String target = m.group(2);
            if (target.contains("{{")) {
                continue; // computed at render time
            }
            boolean post = m.group(1).equals("post_url");
            boolean found = post ? links.post(target).isPresent() : links.file(target).isPresent();
            if (!found) {
                String hint = Suggestion.closest(target, post ? links.posts().keySet() : links.files().keySet())
                        .map(n -> "did you mean " + n + "?")
                        .orElse(post ? "name a post by its file name without extension: 2022-10-01-slug"
                                : "name a file by its path below the source folder: _posts/2022-10-01-slug.md");
                SourceLocation at = SourceLocation.ofOffset(file, text, m.start(), firstLine);
                String message = "{% " + m.group(1) + " %} names " + target + ", which does not exist";
                problems.report(Rule.BROKEN_LINK, at, warn ? message + "; it is left empty" : message, hint);
            }
        }
    }
}
