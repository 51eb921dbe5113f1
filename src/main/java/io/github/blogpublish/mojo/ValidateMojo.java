package io.github.blogpublish.mojo;

import io.github.blogpublish.build.SiteBuilder;
import io.github.blogpublish.build.ValidatedSite;
import io.github.blogpublish.cache.BuildCache;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.SiteBuildException;
import io.github.blogpublish.report.ValidationReports;
import io.github.blogpublish.template.Hashes;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * Checks every post's front matter, the layouts and {@code _config.yml}, and fails listing every problem
 * as {@code file:line:column} with a hint. Writes JSON, JUnit XML and SARIF reports, and nothing else.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractSiteMojo {

    /** Where the JSON, JUnit XML and SARIF reports go. Default {@code target/blog-reports}. */
    @Parameter(property = "blog.reportsDirectory", defaultValue = "${project.build.directory}/blog-reports")
    protected File reportsDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        quickCompile();
        SiteBuilder builder = siteBuilder(sharedCache());
        ValidatedSite site;
        try (ProgressLine progress = progressLine(builder)) {
            site = builder.validate();
        } catch (SiteBuildException e) {
            writeReports(builder, e.problems());
            throw failure(e);
        } catch (IOException e) {
            throw ioFailure("Reading the blog sources", e);
        }
        boolean reportsKept = writeReports(builder, site.warnings());
        reportWarnings(site.warnings());
        reportSkipped(site.skipped());
        rememberValidated(site);
        getLog().info("Validated " + site.checked() + " post" + (site.checked() == 1 ? "" : "s") + ", "
                + site.warnings().size() + " warning" + (site.warnings().size() == 1 ? "" : "s") + " in "
                + timing(builder.stageMillis())
                + (reportsDirectory == null ? "" : " (reports in " + display(reportsDirectory.toPath())
                + (reportsKept ? ", unchanged since the last run" : "") + ")"));
    }

    /** Writes the reports (when a folder is set); whether the last run's were left as they were. */
    private boolean writeReports(SiteBuilder builder, List<Problem> problems) throws MojoExecutionException {
        if (reportsDirectory == null) {
            return false;
        }
        try {
            return new ValidationReports(baseDirectory().normalize(), String.valueOf(pluginVersion),
                    BuildCache.pluginBuild(String.valueOf(pluginVersion)), Hashes::checksum)
                    .write(reportsDirectory.toPath(), builder.checkedFiles(), problems).kept();
        } catch (IOException e) {
            throw ioFailure("Writing the validation reports", e);
        }
    }
}
