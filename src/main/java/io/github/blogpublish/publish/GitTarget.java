package io.github.blogpublish.publish;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how {@link GitPublisher} publishes: a branch of a repository, as {@code blog:publish}'s settings give it.
 *
 * @param repository the repository's address (HTTPS, file or a folder, relative to the project); null for the
 *                   project's own repository's {@code origin}
 * @param branch     the branch that holds the site, {@code gh-pages} by default
 * @param domain     a custom domain to write as {@code CNAME}; null for none (the site's own {@code CNAME} stays)
 * @param push       false to commit under {@code target/} only
 * @param force      true to replace a branch that holds something other than a site (its history is kept)
 * @param username   the user name of a {@code settings.xml} server, or null
 * @param password   its password or token, or null; never shown
 * @param authorName  the commit's author, or null for Git's {@code user.name}
 * @param authorEmail the author's e-mail, or null for Git's {@code user.email}
 * @param source     what is published, for the commit message: {@code my-blog 1.0}
 * @param settings   where the settings are written, for the messages: the POM
 */
public record GitTarget(String repository, String branch, String domain, boolean push, boolean force,
                        String username, String password, String authorName, String authorEmail,
                        String source, Path settings) {

    public GitTarget {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(settings, "settings");
    }

    /** Whether a {@code settings.xml} server gave credentials. */
    boolean hasCredentials() {
        return username != null || password != null;
    }
}
