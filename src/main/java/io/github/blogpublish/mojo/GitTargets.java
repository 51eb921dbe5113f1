package io.github.blogpublish.mojo;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.frontmatter.ConfigFileReader;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.publish.GitPublisher;
import io.github.blogpublish.publish.GitTarget;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code blog:publish}'s Git settings as one {@link GitTarget}: {@code <publishGit>}'s fields over the
 * {@code blog.publish.*} properties, the credentials of the {@code settings.xml} server they name, the domain.
 */
final class GitTargets {

    private final PublishMojo mojo;
    private final PublishGit pom;

    GitTargets(PublishMojo mojo) {
        this.mojo = mojo;
        this.pom = mojo.publishGit == null ? new PublishGit() : mojo.publishGit;
    }

    /** Whether the site goes to a Git branch: {@code <publishGit>}, or a branch or repository property. */
    boolean wanted() {
        return mojo.publishGit != null || set(mojo.publishBranch) || set(mojo.publishRepository);
    }

    GitTarget target() throws MojoFailureException {
        String serverId = pick(pom.serverId, mojo.publishServerId);
        String username = null;
        String password = null;
        if (serverId != null) {
            Server server = server(serverId.strip());
            username = server.getUsername();
            password = server.getPassword();
        }
        Path pomFile = mojo.project != null && mojo.project.getFile() != null ? mojo.project.getFile().toPath()
                : mojo.baseDirectory().resolve("pom.xml");
        String source = mojo.project == null ? "the site"
                : mojo.project.getArtifactId() + " " + mojo.project.getVersion();
        return new GitTarget(pick(pom.repository, mojo.publishRepository),
                pick(pick(pom.branch, mojo.publishBranch), "gh-pages").strip(), domain(),
                pom.push != null ? pom.push : mojo.publishPush, pom.force != null ? pom.force : mojo.publishForce,
                username, password, pick(pom.authorName, mojo.publishAuthorName),
                pick(pom.authorEmail, mojo.publishAuthorEmail), source, pomFile);
    }

    /** The server {@code id} of {@code settings.xml}, its password decrypted. */
    private Server server(String id) throws MojoFailureException {
        Server server = mojo.settings == null ? null : mojo.settings.getServer(id);
        if (server == null) {
            throw new MojoFailureException("blog.publish.serverId is \"" + id + "\", but settings.xml has no <server> "
                    + "with that id" + System.lineSeparator() + "    hint: add <server><id>" + id + "</id><username>you"
                    + "</username><password>a token</password></server> to ~/.m2/settings.xml");
        }
        if (mojo.settingsDecrypter == null) {
            return server;
        }
        SettingsDecryptionResult result = mojo.settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoFailureException("The password of the settings.xml server " + id + " cannot be "
                        + "decrypted" + System.lineSeparator() + "    hint: check settings-security.xml, or write the "
                        + "token unencrypted in an environment variable: <password>${env.BLOG_TOKEN}</password>");
            }
        }
        return result.getServer();
    }

    /**
     * The domain for {@code CNAME}: the setting, else the host of the site's {@code url} unless it is GitHub's own
     * ({@code github.io}), a local one, or the site brings its own {@code CNAME}.
     */
    private String domain() throws MojoFailureException {
        String domain = pick(pom.domain, mojo.publishDomain);
        if (domain != null || Files.exists(mojo.outputDirectory.toPath().resolve("CNAME"))) {
            return domain;
        }
        SiteConfig config = mojo.siteConfig();
        Path file = mojo.sourceDirectory.toPath().resolve("_config.yml");
        try {
            if (Files.isRegularFile(file)) {
                config = ConfigFileReader.apply(file, Files.readString(file, StandardCharsets.UTF_8), config,
                        new Problems());
            }
            String host = config.url() == null ? null : URI.create(config.url().strip()).getHost();
            if (host == null) {
                return null;
            }
            String lower = host.toLowerCase(Locale.ROOT);
            return lower.equals("localhost") || lower.endsWith(".github.io") || lower.matches("[0-9.]+|\\[.*")
                    ? null : lower;
        } catch (IOException | IllegalArgumentException e) {
            return null; // the build read this file a moment ago and reported what is wrong with it
        }
    }

    /** The line that says what was published, and how long it took. */
    static String report(GitPublisher.Outcome outcome, String repository, String took) {
        String where = outcome.branch() + " of " + outcome.remote();
        if (outcome.commit() == null) {
            return "The branch " + where + " already holds this site (" + outcome.files() + " files): nothing to "
                    + "commit (checked in " + took + ")";
        }
        String changes = outcome.added() + " added, " + outcome.modified() + " changed, " + outcome.removed()
                + " removed";
        String commit = outcome.commit().substring(0, 7);
        return outcome.pushed()
                ? "Published " + outcome.files() + " files to " + where + ": commit " + commit + " (" + changes
                + ") in " + took
                : "Committed " + commit + " to " + outcome.branch() + " in " + repository + " (" + outcome.files()
                + " files; " + changes + ") in " + took + ", not pushed: blog.publish.push is false";
    }

    private static String pick(String first, String second) {
        return set(first) ? first : set(second) ? second : null;
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }
}
