package io.github.blogpublish.mojo;

import io.github.blogpublish.publish.OutputTimestamp;
import io.github.blogpublish.publish.SiteArchive;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

import javax.inject.Inject;
import java.io.IOException;
import java.time.Instant;

/**
 * Zips the rendered site reproducibly (sorted entries, timestamps from
 * {@code project.build.outputTimestamp}). Under {@code blog} packaging the zip is the project's main
 * artifact; otherwise it is attached with classifier {@code site}, so {@code install} and {@code deploy}
 * carry it either way.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackageMojo extends AbstractSiteMojo {

    /** The packaging whose main artifact is the site zip. */
    static final String PACKAGING = "blog";

    /** The classifier of the attached zip when the packaging is not {@code blog}. */
    static final String CLASSIFIER = "site";

    /** The time stamped on every zip entry. Default: the project's {@code project.build.outputTimestamp}, else 1980-01-01. */
    @Parameter(property = "blog.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    protected String outputTimestamp;

    private final MavenProjectHelper projectHelper;

    @Inject
    public PackageMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        requireRenderedSite("package");
        Instant timestamp;
        try {
            timestamp = OutputTimestamp.parse(outputTimestamp);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        SiteArchive.Result result;
        try {
            // With the incremental build on, unchanged files' entries are copied from the last zip.
            result = SiteArchive.write(outputDirectory.toPath(), archive.toPath(), timestamp,
                    incremental && cacheDirectory != null ? cacheDirectory.toPath().resolve("zip.index") : null);
        } catch (IOException e) {
            throw ioFailure("Packaging the site", e);
        } finally {
            awaitCacheSave(); // blog:render's save of the cache ran while the site was zipped
        }
        if (PACKAGING.equals(project.getPackaging())) {
            project.getArtifact().setFile(archive);
        } else {
            projectHelper.attachArtifact(project, "zip", CLASSIFIER, archive);
        }
        getLog().info("Packaged " + display(result.zip()) + " (" + result.entries() + " entries, "
                + kilobytes(result.bytes()) + (result.copied() > 0 ? "; " + result.copied()
                + " unchanged entries copied from the last zip" : "") + ")");
    }

    private static String kilobytes(long bytes) {
        return bytes < 1024 * 1024
                ? String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
