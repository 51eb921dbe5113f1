package io.github.blogpublish.mojo;

import io.github.blogpublish.problem.SiteBuildException;
import io.github.blogpublish.publish.DirectoryPublisher;
import io.github.blogpublish.publish.GitPublisher;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;

/**
 * Publishes the rendered site. With {@code publishDirectory} set, that folder is replaced by the site in
 * one swap; with {@code publishGit} (or {@code blog.publish.branch}/{@code blog.publish.repository}), the site is
 * committed as the whole tree of a Git branch and pushed; without either, says where the site and its zip are.
 * Bound to {@code site-publish}, so it runs only after validate, render and package succeeded.
 */
@Mojo(name = "publish", threadSafe = true)
public class PublishMojo extends AbstractSiteMojo {

    /**
     * A folder to publish the site to, replaced as a whole (a web server's root, a checkout's {@code docs/}).
     * Refused when it contains the project or holds files but no {@code index.html}. Default: none.
     */
    @Parameter(property = "blog.publishDirectory")
    protected File publishDirectory;

    /**
     * A Git branch to publish the site to, as its whole tree, one commit on top of the branch's history:
     * {@code <publishGit><repository>https://github.com/you/blog.git</repository><branch>gh-pages</branch>
     * <serverId>github</serverId></publishGit>}. Fields: {@code repository} (default: the project's {@code origin}),
     * {@code branch} ({@code gh-pages}), {@code serverId}, {@code domain}, {@code push} ({@code true}), {@code force}
     * ({@code false}), {@code authorName}, {@code authorEmail}; each one left out is taken from its
     * {@code blog.publish.*} property. Default: none.
     */
    @Parameter
    protected PublishGit publishGit;

    /**
     * The Git repository to publish to: an HTTPS address or a folder; setting it publishes to Git. Default: the
     * project's own repository's remote {@code origin}.
     */
    @Parameter(property = "blog.publish.repository")
    protected String publishRepository;

    /** The Git branch that holds the site; setting it publishes to Git. Default {@code gh-pages}. */
    @Parameter(property = "blog.publish.branch")
    protected String publishBranch;

    /**
     * The id of the {@code settings.xml} {@code <server>} whose user name and password (a token) push to the
     * repository; never write credentials in the POM. Without it, a {@code .netrc} or the project's Git
     * {@code http.extraheader} (as CI checkouts leave it) is used. Default: none.
     */
    @Parameter(property = "blog.publish.serverId")
    protected String publishServerId;

    /**
     * A custom domain, written to the branch as {@code CNAME} for GitHub Pages. Default: the host of
     * {@code _config.yml}'s {@code url} when it is not a {@code github.io} one; none when the site has its own
     * {@code CNAME}.
     */
    @Parameter(property = "blog.publish.domain")
    protected String publishDomain;

    /** Pushes the Git commit; {@code false} leaves it in {@code target/blog-publish}. Default {@code true}. */
    @Parameter(property = "blog.publish.push", defaultValue = "true")
    protected boolean publishPush;

    /**
     * Publishes to a branch that holds something other than a site (no {@code index.html} at its top), replacing
     * its files in a new commit; its history is kept. Default {@code false}.
     */
    @Parameter(property = "blog.publish.force", defaultValue = "false")
    protected boolean publishForce;

    /** The Git commit's author. Default: Git's {@code user.name}, else the author of the sources' commit. */
    @Parameter(property = "blog.publish.authorName")
    protected String publishAuthorName;

    /** The Git commit's author's e-mail. Default: Git's {@code user.email}, else that of the sources' commit. */
    @Parameter(property = "blog.publish.authorEmail")
    protected String publishAuthorEmail;

    /** Maven's settings, for the {@code <server>} that {@code blog.publish.serverId} names. */
    @Parameter(defaultValue = "${settings}", readonly = true)
    protected org.apache.maven.settings.Settings settings;

    /** Decrypts a server's password that {@code settings-security.xml} encrypted; injected by Maven. */
    @javax.inject.Inject
    protected org.apache.maven.settings.crypto.SettingsDecrypter settingsDecrypter;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        requireRenderedSite("publish");
        GitTargets git = new GitTargets(this);
        if (publishDirectory == null && !git.wanted()) {
            String zip = archiveIfPresent().map(path -> " and packaged as " + display(path)).orElse("");
            getLog().info("Site ready in " + display(outputDirectory.toPath()) + zip
                    + " (set blog.publishDirectory or blog.publish.branch to publish it)");
            return;
        }
        try {
            if (publishDirectory != null) {
                int files = new DirectoryPublisher(baseDirectory(), sourceDirectory.toPath())
                        .publish(outputDirectory.toPath(), publishDirectory.toPath());
                getLog().info("Published " + files + " files to "
                        + publishDirectory.toPath().toAbsolutePath().normalize());
            }
            if (git.wanted()) {
                long start = System.nanoTime();
                GitPublisher.Outcome outcome = new GitPublisher(baseDirectory(), buildDirectory().resolve("blog-publish"))
                        .publish(outputDirectory.toPath(), git.target());
                getLog().info(GitTargets.report(outcome, display(outcome.repository()),
                        seconds((System.nanoTime() - start) / 1_000_000)));
            }
        } catch (SiteBuildException e) {
            throw failure(e);
        } catch (IOException e) {
            throw ioFailure("Publishing the site", e);
        }
    }
}
