package io.github.blogpublish.mojo;

import io.github.blogpublish.problem.SiteBuildException;
import io.github.blogpublish.publish.DirectoryPublisher;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;

/**
 * Publishes the rendered site. With {@code publishDirectory} set, that folder is replaced by the site in
 * one swap; without it, says where the site and its zip are. Bound to {@code site-publish}, so it runs only
 * after validate, render and package succeeded.
 */
@Mojo(name = "publish", threadSafe = true)
public class PublishMojo extends AbstractSiteMojo {

    /**
     * A folder to publish the site to, replaced as a whole (a web server's root, a checkout's {@code docs/}).
     * Refused when it contains the project or holds files but no {@code index.html}. Default: none.
     */
    @Parameter(property = "blog.publishDirectory")
    protected File publishDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        requireRenderedSite("publish");
        if (publishDirectory == null) {
            String zip = archiveIfPresent().map(path -> " and packaged as " + display(path)).orElse("");
            getLog().info("Site ready in " + display(outputDirectory.toPath()) + zip
                    + " (set blog.publishDirectory to publish it to a folder)");
            return;
        }
        try {
            int files = new DirectoryPublisher(baseDirectory(), sourceDirectory.toPath())
                    .publish(outputDirectory.toPath(), publishDirectory.toPath());
            getLog().info("Published " + files + " files to " + publishDirectory.toPath().toAbsolutePath().normalize());
        } catch (SiteBuildException e) {
            throw failure(e);
        } catch (IOException e) {
            throw ioFailure("Publishing the site", e);
        }
    }
}
