package io.github.blogpublish.publish;

import io.github.blogpublish.files.StagedDirectory;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SiteBuildException;
import io.github.blogpublish.problem.SourceLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Publishes a written site to a folder, replacing what was there in one swap: readers see the old site
 * or the new one, never a mix. Refuses targets that would destroy something else: the project or its
 * sources, the site folder itself, or an existing folder that is not a published site.
 */
public final class DirectoryPublisher {

    private final Path projectDirectory;
    private final Path sourceDirectory;

    /**
     * @param projectDirectory the project folder, which must never be replaced
     * @param sourceDirectory  the blog sources, which must never be replaced
     */
    public DirectoryPublisher(Path projectDirectory, Path sourceDirectory) {
        this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
        this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
    }

    /**
     * Replaces {@code target} with a copy of {@code site}.
     *
     * @return the number of files published
     * @throws SiteBuildException when the target is refused
     */
    public int publish(Path site, Path target) throws SiteBuildException, IOException {
        Path to = target.toAbsolutePath().normalize();
        Path from = site.toAbsolutePath().normalize();
        refuseDangerous(from, to);
        List<String> files = SiteArchive.files(from);
        StagedDirectory staged = StagedDirectory.begin(to);
        try {
            for (String file : files) {
                Path copy = staged.resolve(file);
                Files.createDirectories(copy.getParent());
                Files.copy(from.resolve(file), copy);
            }
            staged.commit();
        } catch (IOException | RuntimeException e) {
            staged.abandon();
            throw e;
        }
        return files.size();
    }

    private void refuseDangerous(Path site, Path to) throws SiteBuildException, IOException {
        Optional<String> reason = to.startsWith(site) || site.startsWith(to)
                ? Optional.of("it overlaps the rendered site folder " + site)
                : StagedDirectory.whyNotReplace(to, projectDirectory, sourceDirectory);
        if (reason.isPresent()) {
            throw SiteBuildException.of("Publishing", Problem.error(Rule.PUBLISH_TARGET, SourceLocation.of(to),
                    "refusing to publish to this folder: " + reason.get(),
                    "set blog.publishDirectory to a new or empty folder, or to a folder this plugin published before"));
        }
    }
}
