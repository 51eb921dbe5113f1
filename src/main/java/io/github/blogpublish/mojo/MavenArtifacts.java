package io.github.blogpublish.mojo;

import org.apache.maven.plugin.logging.Log;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Artifacts only some blogs need (the Dart Sass binaries, a theme), resolved through Maven's own resolver when a
 * build first asks for one: from the local repository, else downloaded from the repositories the project's plugins
 * come from, with the mirrors, proxies and credentials of {@code settings.xml}. A blog that never asks downloads
 * nothing.
 */
final class MavenArtifacts {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final Log log;

    MavenArtifacts(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories,
                   Log log) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
        this.log = log;
    }

    /**
     * The file of the artifact {@code groupId:artifactId[:extension[:classifier]]:version}.
     *
     * @param why what the build wants it for, said in the log line when the artifact is not yet downloaded
     * @throws IOException naming the artifact and the resolver's reason when it cannot be had
     */
    Path resolve(String coordinates, String why) throws IOException {
        if (system == null || session == null) {
            throw new IOException("cannot resolve " + coordinates + ": the goal runs without Maven's resolver");
        }
        Artifact artifact = artifact(coordinates);
        java.io.File local = new java.io.File(session.getLocalRepository().getBasedir(),
                session.getLocalRepositoryManager().getPathForLocalArtifact(artifact));
        if (!local.isFile()) {
            log.info("Resolving " + coordinates + " (" + why + ")");
        }
        try {
            return system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, "blog"))
                    .getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new IOException("cannot resolve " + coordinates + (session.isOffline() ? " in offline mode" : "")
                    + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** {@code g:a:v} is a jar; {@code g:a:ext:v} and {@code g:a:ext:classifier:v} as Maven writes them. */
    static Artifact artifact(String coordinates) {
        String[] parts = coordinates.strip().split(":", -1);
        for (String part : parts) {
            if (part.isBlank()) {
                throw new IllegalArgumentException(coordinates);
            }
        }
        return switch (parts.length) {
            case 3 -> new DefaultArtifact(parts[0], parts[1], "jar", parts[2]);
            case 4 -> new DefaultArtifact(parts[0], parts[1], parts[2], parts[3]);
            case 5 -> new DefaultArtifact(parts[0], parts[1], parts[3], parts[2], parts[4]);
            default -> throw new IllegalArgumentException(coordinates);
        };
    }

    /** Whether the text is Maven coordinates with a version, as {@link #artifact} reads them. */
    static boolean isCoordinates(String text) {
        try {
            artifact(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
