package io.github.blogpublish.publish;

import com.sun.net.httpserver.HttpServer;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SiteBuildException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.PushConnection;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.TransportProtocol;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GitPublisherTest {

    private static final String TOKEN = "ghp_s3cretT0kenValue";

    @TempDir
    Path dir;

    @Test
    void firstPublishCreatesTheBranchWithTheSiteAndNojekyll() throws Exception {
        Path remote = bareRepository("remote.git");
        Path site = site(Map.of("index.html", "<h1>home</h1>", "2022/10/01/plan.html", "<p>plan</p>"));

        GitPublisher.Outcome outcome = publisher().publish(site, target(remote.toString()));

        assertTrue(outcome.pushed());
        assertEquals(3, outcome.files());
        assertEquals(3, outcome.added());
        Map<String, String> tree = branchFiles(remote, "gh-pages");
        assertEquals(Map.of(".nojekyll", "", "2022/10/01/plan.html", "<p>plan</p>", "index.html", "<h1>home</h1>"), tree);
        RevCommit head = head(remote, "gh-pages");
        assertEquals("Publish my-blog 1.0", head.getShortMessage());
        assertTrue(head.getFullMessage().contains("from sources outside Git"), head.getFullMessage());
        assertEquals(new PersonIdent("Blogger", "blogger@example.com").getName(), head.getAuthorIdent().getName());
        assertEquals(0, head.getParentCount());
    }

    @Test
    void anEditedPostAddsOneCommitWhoseDiffIsThatPage() throws Exception {
        Path remote = bareRepository("remote.git");
        Path site = site(Map.of("index.html", "home", "a.html", "first", "b.html", "second"));
        publisher().publish(site, target(remote.toString()));
        RevCommit first = head(remote, "gh-pages");

        write(site.resolve("a.html"), "first, edited");
        GitPublisher.Outcome outcome = publisher().publish(site, target(remote.toString()));

        RevCommit second = head(remote, "gh-pages");
        assertEquals(first, second.getParent(0));
        assertEquals(List.of("MODIFY a.html"), diff(remote, first, second));
        assertEquals(1, outcome.modified());
        assertEquals(0, outcome.added() + outcome.removed());
    }

    @Test
    void anUnchangedSiteMakesNoCommitEvenWhenItsFilesWereWrittenAgain() throws Exception {
        Path remote = bareRepository("remote.git");
        Path site = site(Map.of("index.html", "home", "a.html", "first"));
        publisher().publish(site, target(remote.toString()));
        ObjectId before = head(remote, "gh-pages");

        write(site.resolve("a.html"), "first"); // the same bytes with a new time, as a full rebuild writes them
        Files.setLastModifiedTime(site.resolve("a.html"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        GitPublisher.Outcome outcome = publisher().publish(site, target(remote.toString()));

        assertNull(outcome.commit());
        assertEquals(before, head(remote, "gh-pages"));
    }

    @Test
    void aLargeSiteIsPublishedWholeAndThenOneEditAtATime() throws Exception {
        Path remote = bareRepository("remote.git");
        Map<String, String> pages = new TreeMap<>();
        for (int i = 0; i < 1500; i++) {
            pages.put("posts/" + (i % 40) + "/post-" + i + ".html", "<p>post " + i + "</p>");
        }
        pages.put("index.html", "home");
        pages.put("same-a.html", "twin");
        pages.put("same-b.html", "twin");
        Path site = site(pages);

        GitPublisher.Outcome first = publisher().publish(site, target(remote.toString()));
        write(site.resolve("posts/7/post-7.html"), "<p>post 7, edited</p>");
        GitPublisher.Outcome second = publisher().publish(site, target(remote.toString()));

        assertEquals(1504, first.added());
        assertEquals(1, second.modified());
        Map<String, String> expected = new TreeMap<>(pages);
        expected.put("posts/7/post-7.html", "<p>post 7, edited</p>");
        expected.put(".nojekyll", "");
        assertEquals(expected, branchFiles(remote, "gh-pages"));
    }

    @Test
    void aRemovedPageLeavesTheBranch() throws Exception {
        Path remote = bareRepository("remote.git");
        Path site = site(Map.of("index.html", "home", "old.html", "old"));
        publisher().publish(site, target(remote.toString()));
        Files.delete(site.resolve("old.html"));

        GitPublisher.Outcome outcome = publisher().publish(site, target(remote.toString()));

        assertEquals(1, outcome.removed());
        assertEquals(Set.of(".nojekyll", "index.html"), branchFiles(remote, "gh-pages").keySet());
    }

    @Test
    void aFreshWorkFolderPublishesOnTopOfTheBranchsHistory() throws Exception {
        Path remote = bareRepository("remote.git");
        Path site = site(Map.of("index.html", "home"));
        publisher().publish(site, target(remote.toString()));
        RevCommit first = head(remote, "gh-pages");
        write(site.resolve("index.html"), "home, again");

        new GitPublisher(dir, dir.resolve("other-target/blog-publish")).publish(site, target(remote.toString()));

        assertEquals(first, head(remote, "gh-pages").getParent(0), "after mvn clean, the history is kept");
    }

    @Test
    void aDomainIsWrittenAsCname() throws Exception {
        Path remote = bareRepository("remote.git");
        Path site = site(Map.of("index.html", "home"));

        publisher().publish(site, new GitTarget(remote.toString(), "gh-pages", "blog.example.com", true, false, null,
                null, "Blogger", "blogger@example.com", "my-blog 1.0", dir.resolve("pom.xml")));

        assertEquals("blog.example.com\n", branchFiles(remote, "gh-pages").get("CNAME"));
    }

    @Test
    void withoutPushTheCommitStaysUnderTarget() throws Exception {
        Path remote = bareRepository("remote.git");
        Path site = site(Map.of("index.html", "home"));

        GitPublisher.Outcome outcome = publisher().publish(site, new GitTarget(remote.toString(), "gh-pages", null,
                false, false, null, null, "Blogger", "blogger@example.com", "my-blog 1.0", dir.resolve("pom.xml")));

        assertFalse(outcome.pushed());
        assertNull(head(remote, "gh-pages"), "nothing was pushed");
        try (Repository work = Git.open(outcome.repository().toFile()).getRepository()) {
            assertEquals(outcome.commit(), work.resolve("refs/heads/gh-pages").name());
        }
    }

    @Test
    void aBranchThatHoldsSomethingElseIsRefusedUnlessForced() throws Exception {
        Path remote = bareRepository("remote.git");
        pushFiles(remote, "gh-pages", Map.of("README.md", "# my code", "src/Main.java", "class Main {}"));
        ObjectId before = head(remote, "gh-pages");
        Path site = site(Map.of("index.html", "home"));

        SiteBuildException e = assertThrows(SiteBuildException.class,
                () -> publisher().publish(site, target(remote.toString())));

        assertEquals(Rule.PUBLISH_BRANCH, e.problems().get(0).rule());
        assertTrue(e.problems().get(0).message().contains("holds README.md, src/ but no index.html"),
                e.problems().get(0).message());
        assertEquals(before, head(remote, "gh-pages"));

        publisher().publish(site, new GitTarget(remote.toString(), "gh-pages", null, true, true, null, null,
                "Blogger", "blogger@example.com", "my-blog 1.0", dir.resolve("pom.xml")));
        assertEquals(before, head(remote, "gh-pages").getParent(0), "forced: replaced in a new commit, history kept");
        assertEquals(Set.of(".nojekyll", "index.html"), branchFiles(remote, "gh-pages").keySet());
    }

    @Test
    void aBranchNameGitRefusesIsReportedBeforeAnythingHappens() {
        SiteBuildException e = assertThrows(SiteBuildException.class, () -> publisher().publish(dir.resolve("site"),
                new GitTarget(null, "gh pages", null, true, false, null, null, null, null, "b 1",
                        dir.resolve("pom.xml"))));

        assertEquals(Rule.PUBLISH_BRANCH, e.problems().get(0).rule());
        assertEquals("\"gh pages\" is not a Git branch name", e.problems().get(0).message());
        assertFalse(Files.exists(dir.resolve("target")));
    }

    @Test
    void aMissingRepositoryIsNamed() throws Exception {
        Path site = site(Map.of("index.html", "home"));

        SiteBuildException e = assertThrows(SiteBuildException.class,
                () -> publisher().publish(site, target("no-such.git")));

        assertEquals(Rule.PUBLISH_REMOTE, e.problems().get(0).rule());
        assertEquals("there is no Git repository at " + dir.resolve("no-such.git"), e.problems().get(0).message());
    }

    @Test
    void withoutRepositoryAndOutsideGitTheMessageSaysWhatToSet() throws Exception {
        Path site = site(Map.of("index.html", "home"));

        SiteBuildException e = assertThrows(SiteBuildException.class, () -> publisher().publish(site, target(null)));

        assertTrue(e.problems().get(0).message().contains("the project is not in a Git work tree"));
        assertTrue(e.problems().get(0).hint().contains("<publishGit><repository>"));
    }

    @Test
    void theProjectsOriginIsTheDefaultAndItsCheckoutIsLeftAsItWas() throws Exception {
        Path remote = bareRepository("remote.git");
        Path project = Files.createDirectories(dir.resolve("project"));
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            git.getRepository().getConfig().setString("remote", "origin", "url", remote.toString());
            git.getRepository().getConfig().save();
            write(project.resolve("src/main/blog/_posts/2022-10-01-plan.md"), "---\ntitle: plan\n---\nbody");
            git.add().addFilepattern(".").call();
            RevCommit source = git.commit().setMessage("first post").setAuthor("Writer", "writer@example.com")
                    .setCommitter("Writer", "writer@example.com").setSign(false).call();
            write(project.resolve("stashed.txt"), "stashed");
            git.add().addFilepattern("stashed.txt").call();
            git.stashCreate().call();
            write(project.resolve("staged.txt"), "staged");
            git.add().addFilepattern("staged.txt").call();
            write(project.resolve("untracked.txt"), "untracked");
            Path site = Files.createDirectories(project.resolve("target/blog"));
            write(site.resolve("index.html"), "home");
            Map<String, String> before = snapshot(project);

            GitPublisher.Outcome outcome = new GitPublisher(project, project.resolve("target/blog-publish"))
                    .publish(site, target(null));

            assertEquals(before, snapshot(project), "the checkout, its index and its stash are as they were");
            RevCommit published = head(remote, "gh-pages");
            assertEquals(outcome.commit(), published.name());
            assertEquals("Publish my-blog 1.0 from " + source.abbreviate(7).name(), published.getShortMessage());
            assertTrue(published.getFullMessage().contains(source.name()));
        }
    }

    @Test
    void aProjectWithoutOriginIsToldToAddOne() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Git.init().setDirectory(project.toFile()).call().close();
        Path site = site(Map.of("index.html", "home"));

        SiteBuildException e = assertThrows(SiteBuildException.class,
                () -> new GitPublisher(project, project.resolve("target/blog-publish")).publish(site, target(null)));

        assertTrue(e.problems().get(0).message().contains("has no remote origin"), e.problems().get(0).message());
        assertTrue(e.problems().get(0).hint().startsWith("run git remote add origin"));
    }

    @Test
    void anSshAddressIsRefusedWithTheHttpsOneToUse() {
        Path site = dir.resolve("site");

        SiteBuildException e = assertThrows(SiteBuildException.class,
                () -> publisher().publish(site, target("git@github.com:you/blog.git")));

        assertEquals(Rule.PUBLISH_REMOTE, e.problems().get(0).rule());
        assertTrue(e.problems().get(0).hint().contains("https://github.com/you/blog.git"), e.problems().get(0).hint());
    }

    @Test
    void aPushThatLosesARaceLeavesTheOtherPublishInPlace() throws Exception {
        Path remote = bareRepository("remote.git");
        Path site = site(Map.of("index.html", "home"));
        publisher().publish(site, target(remote.toString()));
        write(site.resolve("index.html"), "home, edited");
        TransportProtocol racing = new RacingProtocol(remote);
        Transport.register(racing);
        try {
            SiteBuildException e = assertThrows(SiteBuildException.class,
                    () -> publisher().publish(site, target("racing://" + remote)));

            assertEquals(Rule.PUBLISH_REJECTED, e.problems().get(0).rule());
            assertTrue(e.problems().get(0).message().contains("someone pushed to it while this build published"),
                    e.problems().get(0).message());
            assertEquals(Map.of(".nojekyll", "", "index.html", "theirs"), branchFiles(remote, "gh-pages"));
        } finally {
            Transport.unregister(racing);
        }
        GitPublisher.Outcome again = publisher().publish(site, target(remote.toString()));
        assertEquals(1, again.modified(), "run again, it publishes on top of theirs");
        assertEquals("home, edited", branchFiles(remote, "gh-pages").get("index.html"));
    }

    @Test
    void aRemoteThatAsksForCredentialsSaysWhereToPutThemAndNeverShowsThem() throws Exception {
        List<String> authorizations = new ArrayList<>();
        HttpServer server = refusingServer(authorizations);
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/you/blog.git";
            Path site = site(Map.of("index.html", "home"));

            SiteBuildException none = assertThrows(SiteBuildException.class, () -> publisher().publish(site,
                    target(url)));
            assertEquals(Rule.PUBLISH_CREDENTIALS, none.problems().get(0).rule());
            assertTrue(none.problems().get(0).message().endsWith("asks for credentials, and none were given"),
                    none.problems().get(0).message());

            SiteBuildException refused = assertThrows(SiteBuildException.class, () -> publisher().publish(site,
                    new GitTarget("http://x-access-token:" + TOKEN + "@127.0.0.1:" + server.getAddress().getPort()
                            + "/you/blog.git", "gh-pages", null, true, false, "blogger", TOKEN, "Blogger",
                            "blogger@example.com", "my-blog 1.0", dir.resolve("pom.xml"))));
            assertEquals(Rule.PUBLISH_CREDENTIALS, refused.problems().get(0).rule());
            String shown = refused.report(dir);
            assertTrue(shown.contains("refused the credentials"), shown);
            assertFalse(shown.contains(TOKEN), shown);
            assertFalse(shown.contains("x-access-token"), shown);
            synchronized (authorizations) {
                assertTrue(authorizations.stream().anyMatch(a -> a.startsWith("Basic ")), "the credentials were sent");
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theHeaderACiCheckoutLeftInTheProjectsGitSettingsIsSent() throws Exception {
        List<String> authorizations = new ArrayList<>();
        HttpServer server = refusingServer(authorizations);
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/you/blog.git";
            Path project = Files.createDirectories(dir.resolve("project"));
            try (Git git = Git.init().setDirectory(project.toFile()).call()) {
                // What actions/checkout writes: the job's token as a header for the repository's host.
                git.getRepository().getConfig().setString("http", "http://127.0.0.1:" + server.getAddress().getPort()
                        + "/", "extraheader", "AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Y2k=");
                git.getRepository().getConfig().setString("remote", "origin", "url", url);
                git.getRepository().getConfig().save();
            }
            Path site = site(Map.of("index.html", "home"));

            assertThrows(SiteBuildException.class,
                    () -> new GitPublisher(project, project.resolve("target/blog-publish")).publish(site, target(null)));

            synchronized (authorizations) {
                assertTrue(authorizations.contains("basic eC1hY2Nlc3MtdG9rZW46Y2k="), authorizations.toString());
            }
            String config = Files.readString(project.resolve("target/blog-publish/repository.git/config"));
            assertFalse(config.contains("eC1hY2Nlc3MtdG9rZW46Y2k="), "the token is not written under target/");
        } finally {
            server.stop(0);
        }
    }

    /** A Git server on loopback that refuses every request for want of credentials, noting what each sent. */
    private static HttpServer refusingServer(List<String> authorizations) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            synchronized (authorizations) {
                authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            }
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void jgitsOwnSettingsFileInTheHomeFolderIsReadButNeverWritten() throws Exception {
        Path remote = bareRepository("remote.git");
        publisher().publish(site(Map.of("index.html", "home")), target(remote.toString()));
        org.eclipse.jgit.lib.StoredConfig jgit = org.eclipse.jgit.util.SystemReader.getInstance().getJGitConfig();
        Path file = ((org.eclipse.jgit.storage.file.FileBasedConfig) jgit).getFile().toPath();
        String before = Files.exists(file) ? Files.readString(file) : null;

        // What JGit does after measuring a file system's timestamps.
        jgit.setString("filesystem", "blog-maven-plugin-test", "timestampResolution", "1 seconds");
        jgit.save();

        assertEquals(before, Files.exists(file) ? Files.readString(file) : null, file + " is left as it was");
        jgit.unsetSection("filesystem", "blog-maven-plugin-test");
    }

    @Test
    void addressesLoseTheirCredentialsWhenShown() {
        GitTarget target = new GitTarget(null, "gh-pages", null, true, false, "me", TOKEN, null, null, "b 1",
                dir.resolve("pom.xml"));

        assertEquals("could not reach https://github.com/you/blog.git: *** was refused",
                GitPublisher.redact("could not reach https://me:" + TOKEN + "@github.com/you/blog.git: " + TOKEN
                        + " was refused", target));
    }

    // --- the world the tests publish in

    private GitPublisher publisher() {
        return new GitPublisher(dir, dir.resolve("target/blog-publish"));
    }

    private GitTarget target(String repository) {
        return new GitTarget(repository, "gh-pages", null, true, false, null, null, "Blogger", "blogger@example.com",
                "my-blog 1.0", dir.resolve("pom.xml"));
    }

    private Path bareRepository(String name) throws Exception {
        Path path = dir.resolve(name);
        Git.init().setBare(true).setDirectory(path.toFile()).call().close();
        return path;
    }

    private Path site(Map<String, String> files) throws IOException {
        Path site = dir.resolve("site");
        for (Map.Entry<String, String> file : files.entrySet()) {
            write(site.resolve(file.getKey()), file.getValue());
        }
        return site;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Commits {@code files} as the branch of {@code remote}, as a user's code branch would be. */
    private void pushFiles(Path remote, String branch, Map<String, String> files) throws Exception {
        Path clone = Files.createDirectories(dir.resolve("other-clone"));
        try (Git git = Git.init().setDirectory(clone.toFile()).setInitialBranch(branch).call()) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                write(clone.resolve(file.getKey()), file.getValue());
            }
            git.add().addFilepattern(".").call();
            git.commit().setMessage("code").setAuthor("Other", "other@example.com")
                    .setCommitter("Other", "other@example.com").setSign(false).call();
            git.push().setRemote(remote.toString()).setRefSpecs(new org.eclipse.jgit.transport.RefSpec(
                    "refs/heads/" + branch + ":refs/heads/" + branch)).setForce(true).call();
        }
    }

    private static RevCommit head(Path remote, String branch) throws IOException {
        try (Repository repository = Git.open(remote.toFile()).getRepository();
             RevWalk walk = new RevWalk(repository)) {
            ObjectId id = repository.resolve(Constants.R_HEADS + branch);
            return id == null ? null : walk.parseCommit(id);
        }
    }

    private static Map<String, String> branchFiles(Path remote, String branch) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Repository repository = Git.open(remote.toFile()).getRepository();
             RevWalk walk = new RevWalk(repository);
             TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(repository.resolve(Constants.R_HEADS + branch)).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                files.put(tree.getPathString(), new String(repository.open(tree.getObjectId(0)).getBytes(),
                        StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<String> diff(Path remote, RevCommit from, RevCommit to) throws IOException {
        try (Repository repository = Git.open(remote.toFile()).getRepository();
             TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(from.getTree());
            walk.addTree(to.getTree());
            walk.setRecursive(true);
            return DiffEntry.scan(walk).stream().map(d -> d.getChangeType() + " " + d.getNewPath()).toList();
        }
    }

    /** Every file under {@code folder} but target/, with its bytes: .git's index, refs and stash included. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith("target/")) {
                    files.put(name, java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
                }
            }
        }
        return files;
    }

    /**
     * {@code racing://<folder>}: the local repository at that folder, where another publisher pushes its own
     * commit between our fetch and our push, as when two builds publish at once.
     */
    private static final class RacingProtocol extends TransportProtocol {
        private final Path remote;

        RacingProtocol(Path remote) {
            this.remote = remote;
        }

        @Override
        public String getName() {
            return "racing";
        }

        @Override
        public Set<String> getSchemes() {
            return Set.of("racing");
        }

        @Override
        public boolean canHandle(URIish uri, Repository local, String remoteName) {
            return "racing".equals(uri.getScheme());
        }

        @Override
        public Transport open(URIish uri, Repository local, String remoteName)
                throws org.eclipse.jgit.errors.NotSupportedException, org.eclipse.jgit.errors.TransportException {
            Transport inner = Transport.open(local, new URIish().setPath(remote.toString()));
            return new Transport(local, uri) {
                @Override
                public FetchConnection openFetch() throws org.eclipse.jgit.errors.NotSupportedException,
                        org.eclipse.jgit.errors.TransportException {
                    return inner.openFetch();
                }

                @Override
                public PushConnection openPush() throws org.eclipse.jgit.errors.NotSupportedException,
                        org.eclipse.jgit.errors.TransportException {
                    try {
                        Path other = Files.createTempDirectory("other-publisher");
                        write(other.resolve("site/index.html"), "theirs");
                        new GitPublisher(other, other.resolve("target/blog-publish")).publish(other.resolve("site"),
                                new GitTarget(remote.toString(), "gh-pages", null, true, false, null, null, "Other",
                                        "other@example.com", "their-blog 1.0", other.resolve("pom.xml")));
                    } catch (IOException | SiteBuildException e) {
                        throw new AssertionError(e);
                    }
                    return inner.openPush();
                }

                @Override
                public void close() {
                    inner.close();
                }
            };
        }
    }
}
