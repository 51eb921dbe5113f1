package io.github.blogpublish.mojo;

/**
 * {@code <publishGit>} of {@code blog:publish}: the Git branch the site is published to. Each field left out is
 * taken from its {@code blog.publish.*} property.
 */
public class PublishGit {

    /** The repository: an HTTPS address or a folder. Default: the project's own repository's {@code origin}. */
    String repository;

    /** The branch that holds the site. Default {@code gh-pages}. */
    String branch;

    /** The id of the {@code settings.xml} {@code <server>} whose user name and token (password) push. */
    String serverId;

    /** A custom domain, written as {@code CNAME}. Default: the host of {@code _config.yml}'s {@code url}. */
    String domain;

    /** Pushes the commit. Default {@code true}. */
    Boolean push;

    /** Replaces a branch that holds something other than a site. Default {@code false}. */
    Boolean force;

    /** The commit's author. Default: Git's {@code user.name}, else the author of the sources' commit. */
    String authorName;

    /** The author's e-mail. Default: Git's {@code user.email}, else that of the sources' commit. */
    String authorEmail;
}
