package io.github.blogpublish.mojo;

import io.github.blogpublish.build.SiteBuilder;
import io.github.blogpublish.files.JarFolder;
import org.apache.maven.artifact.Artifact;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Themes as Maven artifacts: a jar whose root holds {@code _layouts/}, {@code _includes/}, {@code _sass/} and
 * {@code assets/}, named by its coordinates ({@code theme: io.github.me:my-theme:1.0}, resolved like any artifact)
 * or, as a Jekyll site names its gem theme, by its artifactId ({@code theme: minima} finds {@code minima} or
 * {@code jekyll-theme-minima} among the plugin's {@code <dependencies>}). The jar's theme folders are unpacked
 * into {@code target/blog-themes}, where the build reads them like a theme folder.
 */
final class ThemeArtifacts implements SiteBuilder.ThemeResolver {

    private final MavenArtifacts artifacts;
    private final Collection<Artifact> pluginDependencies;
    private final Path into;

    /**
     * @param pluginDependencies the artifacts of the plugin's {@code <dependencies>} in the POM
     * @param into               where themes are unpacked ({@code target/blog-themes})
     */
    ThemeArtifacts(MavenArtifacts artifacts, Collection<Artifact> pluginDependencies, Path into) {
        this.artifacts = artifacts;
        this.pluginDependencies = List.copyOf(pluginDependencies);
        this.into = into;
    }

    @Override
    public Path folder(String theme) throws IOException {
        if (MavenArtifacts.isCoordinates(theme)) {
            org.eclipse.aether.artifact.Artifact wanted = MavenArtifacts.artifact(theme);
            Path jar = artifacts.resolve(theme, "the site's theme");
            return JarFolder.unpack(jar, "", into.resolve(wanted.getGroupId())
                    .resolve(wanted.getArtifactId() + "-" + wanted.getVersion()));
        }
        Artifact dependency = byName(theme).orElseThrow(() -> new IOException("no theme jar named " + theme
                + " or jekyll-theme-" + theme + " among the plugin's <dependencies>" + (pluginDependencies.isEmpty()
                ? "" : " (" + String.join(", ", pluginDependencies.stream().map(Artifact::getArtifactId).sorted()
                .toList()) + ")")));
        if (dependency.getFile() == null) {
            throw new IOException(dependency + " has no file");
        }
        return JarFolder.unpack(dependency.getFile().toPath(), "", into.resolve(dependency.getGroupId())
                .resolve(dependency.getArtifactId() + "-" + dependency.getVersion()));
    }

    /** The plugin dependency a Jekyll theme name means: {@code minima} is {@code minima} or {@code jekyll-theme-minima}. */
    private Optional<Artifact> byName(String name) {
        for (String artifactId : List.of(name, "jekyll-theme-" + name)) {
            Optional<Artifact> found = pluginDependencies.stream()
                    .filter(artifact -> artifact.getArtifactId().equals(artifactId))
                    .filter(artifact -> "jar".equals(artifact.getType()) || "zip".equals(artifact.getType()))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
