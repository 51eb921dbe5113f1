package io.github.blogpublish.mojo;

import io.github.blogpublish.build.SiteBuilder;
import io.github.blogpublish.build.ValidatedSite;
import io.github.blogpublish.problem.SiteBuildException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;

/**
 * Checks every post's front matter, the layouts and {@code _config.yml}, and fails listing every problem
 * as {@code file:line:column} with a hint. Writes nothing.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractSiteMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        ValidatedSite site;
        try {
            site = new SiteBuilder(siteConfig()).validate();
        } catch (SiteBuildException e) {
            throw failure(e);
        } catch (IOException e) {
            throw ioFailure("Reading the blog sources", e);
        }
        reportWarnings(site.warnings());
        reportSkipped(site.skipped());
        rememberValidated(site);
        getLog().info("Validated " + site.checked() + " post" + (site.checked() == 1 ? "" : "s") + ", "
                + site.warnings().size() + " warning" + (site.warnings().size() == 1 ? "" : "s"));
    }
}
