package io.github.blogpublish.build;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.source.SourceTree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which posts the site shows: drafts, {@code published: false} and posts dated in the future are left out unless
 * the settings ask for them, and named in one summary line.
 *
 * @param published the posts shown, newest first
 * @param skipped   each post left out, as {@code path (reason)}, sorted
 */
record Publication(List<Post> published, List<String> skipped) {

    static Publication of(List<Post> posts, SourceTree tree, SiteConfig config) {
        List<String> skipped = new ArrayList<>();
        if (!config.drafts()) {
            tree.drafts().forEach(draft -> skipped.add(draft.relativePath() + " (draft)"));
        }
        List<Post> published = new ArrayList<>();
        for (Post post : posts) {
            skipReason(post, config).ifPresentOrElse(
                    reason -> skipped.add(post.relativePath() + " (" + reason + ")"),
                    () -> published.add(post));
        }
        published.sort(Comparator.comparing(Post::date).thenComparing(Post::relativePath).reversed());
        skipped.sort(null);
        return new Publication(List.copyOf(published), List.copyOf(skipped));
    }

    private static Optional<String> skipReason(Post post, SiteConfig config) {
        if (!post.published() && !config.unpublished()) {
            return Optional.of("published: false");
        }
        if (post.draft() && !config.drafts()) {
            return Optional.of("draft");
        }
        if (post.date().toInstant().isAfter(config.now()) && !config.future()) {
            return Optional.of("dated in the future");
        }
        return Optional.empty();
    }
}
