package io.github.blogpublish.mojo;

import io.github.blogpublish.build.BuildResult;
import io.github.blogpublish.build.SiteBuilder;
import io.github.blogpublish.build.ValidatedSite;
import io.github.blogpublish.problem.SiteBuildException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.util.Optional;

/**
 * Renders the site into {@code target/blog}: Markdown to HTML, through the layouts, with a home page.
 * The previous site is replaced only when the whole build succeeded.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class RenderMojo extends AbstractSiteMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        quickCompile();
        BuildResult result;
        io.github.blogpublish.cache.BuildCache cache = sharedCache();
        SiteBuilder builder = siteBuilder(cache);
        try (ProgressLine progress = progressLine(builder)) {
            Optional<ValidatedSite> validated = takeValidated();
            ValidatedSite site = validated.isPresent() ? validated.get() : builder.validate();
            if (validated.isEmpty()) {
                reportWarnings(site.warnings());
                reportSkipped(site.skipped());
            }
            result = builder.render(site);
            saveCache(cache);
            // Warnings found while rendering (a downgraded broken link); validation's were reported already.
            reportWarnings(result.warnings().stream().filter(w -> !site.warnings().contains(w)).toList());
        } catch (SiteBuildException e) {
            throw failure(e);
        } catch (IOException e) {
            throw ioFailure("Writing the site", e);
        }
        // Done long since in all but the smallest builds: its debug line stands before the build's end.
        QuickCompiler.awaitStarted(10_000);
        if (cache != null && !cache.loaded()) {
            getLog().info("Incremental build: no cache of an earlier build, so this one did everything; the next "
                    + "build reuses what does not change");
        } else if (cache != null) {
            io.github.blogpublish.cache.BuildCache.Reuse reuse = cache.lastReuse();
            getLog().info("Incremental build: reused " + reuse.posts() + " checked posts, " + reuse.bodies()
                    + " rendered bodies and " + reuse.pages() + " pages from the last build");
        }
        getLog().info("Rendered " + result.posts() + " post" + (result.posts() == 1 ? "" : "s") + " ("
                + result.files() + " files) into " + display(result.outputDirectory()) + " in "
                + timing(result.stageMillis()));
    }
}
