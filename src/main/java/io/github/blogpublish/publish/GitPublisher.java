package io.github.blogpublish.publish;

import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SiteBuildException;
import io.github.blogpublish.problem.SourceLocation;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.file.PackInserter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;

/**
 * Publishes a written site as the whole tree of a Git branch ({@code gh-pages}), one commit on top of the branch's
 * history, and pushes it. The work happens in a bare repository under {@code target/} that is kept between builds:
 * only the branch's new commits are fetched, and a file whose size and time are those it had when last published
 * is not read again. The project's own checkout is only read (its {@code origin}, its HEAD, its {@code http}
 * settings), never written.
 */
public final class GitPublisher {

    /** How long a remote may keep us waiting on one step, in seconds. */
    private static final int TIMEOUT = 60;
    /** Files up to this size are read whole; a larger one is streamed into the repository. */
    private static final long IN_MEMORY = 16L << 20;
    /** More new files than this are written as one pack rather than as loose objects. */
    private static final int BULK = 1000;

    private final Path projectDirectory;
    private final Path workDirectory;

    /**
     * @param projectDirectory the project, whose Git repository gives the default remote, the commit published
     *                         and Git's settings
     * @param workDirectory    a folder under {@code target/} for the publishing repository
     */
    public GitPublisher(Path projectDirectory, Path workDirectory) {
        this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
        this.workDirectory = workDirectory.toAbsolutePath().normalize();
    }

    /**
     * What a publish did.
     *
     * @param commit     the new commit's id, or null when the branch already held this site
     * @param branch     the branch
     * @param remote     the repository as it may be shown: no user name or password
     * @param files      the files of the site's tree
     * @param added      files the commit adds
     * @param modified   files it changes
     * @param removed    files it removes
     * @param pushed     whether the commit was pushed
     * @param repository the publishing repository under {@code target/}
     */
    public record Outcome(String commit, String branch, String remote, int files, int added, int modified,
                          int removed, boolean pushed, Path repository) {
    }

    /** Commits {@code site} to the branch {@code target} names, and pushes it unless told not to. */
    public Outcome publish(Path site, GitTarget target) throws SiteBuildException, IOException {
        KeepJGitConfig.install();
        if (!Repository.isValidRefName(Constants.R_HEADS + target.branch())) {
            throw failure(Rule.PUBLISH_BRANCH, target, "\"" + target.branch() + "\" is not a Git branch name",
                    "name the branch in letters, digits, '-', '_', '.' and '/', such as gh-pages");
        }
        try (Repository project = projectRepository()) {
            Remote remote = remote(target, project);
            try (Repository work = workRepository()) {
                copyHttpSettings(project, work.getConfig());
                CredentialsProvider credentials = target.hasCredentials()
                        ? new UsernamePasswordCredentialsProvider(nonNull(target.username()), nonNull(target.password()))
                        : new NetRCCredentialsProvider();
                String branchRef = Constants.R_HEADS + target.branch();
                String trackingRef = "refs/blog-publish/" + ObjectId.fromRaw(Constants.newMessageDigest()
                        .digest(remote.shown.getBytes(StandardCharsets.UTF_8))).abbreviate(12).name() + "/"
                        + target.branch();
                ObjectId head = fetch(work, remote, branchRef, trackingRef, credentials, target);
                try (ObjectInserter inserter = work.newObjectInserter();
                     ObjectReader reader = work.newObjectReader();
                     RevWalk walk = new RevWalk(reader)) {
                    RevCommit parent = head == null ? null : walk.parseCommit(head);
                    if (parent != null && !target.force()) {
                        refuseUnlessSite(walk, parent, remote, target);
                    }
                    Tree tree = writeTree(work, reader, site, target.domain());
                    if (parent != null && parent.getTree().equals(tree.id)) {
                        return new Outcome(null, target.branch(), remote.shown, tree.files, 0, 0, 0, false,
                                work.getDirectory().toPath());
                    }
                    ObjectId commit = commit(inserter, tree.id, parent, target, project, work);
                    int[] changes = changes(reader, parent, tree.id);
                    if (target.push()) {
                        push(work, remote, branchRef, commit, head, credentials, target);
                        setRef(work, trackingRef, commit);
                    } else {
                        setRef(work, branchRef, commit);
                    }
                    return new Outcome(commit.name(), target.branch(), remote.shown, tree.files, changes[0],
                            changes[1], changes[2], target.push(), work.getDirectory().toPath());
                }
            }
        }
    }

    /**
     * JGit saves what it measures of a file system (timestamp resolution) to {@code ~/.config/jgit/config}; this
     * plugin writes nothing outside {@code target/} and the publish target, so JGit reads that file but never saves
     * it. JGit's reader is global to the plugin's class loader, which holds its own copy of JGit.
     */
    private static final class KeepJGitConfig extends SystemReader.Delegate {
        KeepJGitConfig(SystemReader delegate) {
            super(delegate);
        }

        static synchronized void install() {
            if (!(SystemReader.getInstance() instanceof KeepJGitConfig)) {
                SystemReader.setInstance(new KeepJGitConfig(SystemReader.getInstance()));
            }
        }

        @Override
        public FileBasedConfig openJGitConfig(Config parent, FS fs) {
            FileBasedConfig config = super.openJGitConfig(parent, fs);
            return new FileBasedConfig(parent, config.getFile(), fs) {
                @Override
                public void save() {
                    // read, never written
                }
            };
        }
    }

    /** The repository to publish to, and how to show it without credentials. */
    private record Remote(URIish uri, String shown) {
    }

    private Repository projectRepository() throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(projectDirectory.toFile());
        return builder.getGitDir() == null ? null : builder.setMustExist(true).build();
    }

    private Remote remote(GitTarget target, Repository project) throws SiteBuildException {
        String address = target.repository();
        if (address == null || address.isBlank()) {
            if (project == null) {
                throw failure(Rule.PUBLISH_REMOTE, target, "there is no Git repository to publish to: blog.publish"
                        + ".repository is not set and the project is not in a Git work tree",
                        "set <publishGit><repository>https://github.com/you/blog.git</repository> (or "
                                + "-Dblog.publish.repository), or make the project a Git repository with a remote "
                                + "origin");
            }
            address = project.getConfig().getString("remote", "origin", "url");
            if (address == null || address.isBlank()) {
                throw failure(Rule.PUBLISH_REMOTE, target, "there is no Git repository to publish to: the project's "
                        + "repository " + project.getDirectory() + " has no remote origin and blog.publish"
                        + ".repository is not set", "run git remote add origin https://github.com/you/blog.git, or "
                        + "set <publishGit><repository>");
            }
        }
        address = address.strip();
        URIish uri;
        try {
            uri = new URIish(address);
        } catch (URISyntaxException e) {
            throw failure(Rule.PUBLISH_REMOTE, target, "\"" + redact(address, target) + "\" is not a Git repository's"
                    + " address", "write an HTTPS address (https://github.com/you/blog.git) or a folder");
        }
        if (uri.getScheme() == null && uri.getHost() == null || "file".equals(uri.getScheme())) {
            Path folder = projectDirectory.resolve(uri.getScheme() == null ? address : uri.getPath()).normalize();
            if (!Files.isDirectory(folder)) {
                throw failure(Rule.PUBLISH_REMOTE, target, "there is no Git repository at " + folder,
                        "create it (git init --bare " + folder.getFileName() + "), or correct blog.publish.repository");
            }
            return new Remote(new URIish().setPath(folder.toString()), folder.toString());
        }
        URIish shown = uri.setUser(null).setPass(null);
        if ("ssh".equals(uri.getScheme()) || uri.getScheme() == null) {
            throw failure(Rule.PUBLISH_REMOTE, target, shown + " is reached over SSH, which blog:publish does not "
                    + "speak", "publish over HTTPS: set blog.publish.repository to https://" + uri.getHost() + "/"
                    + uri.getPath().replaceFirst("^/", "") + " and give a token through a settings.xml <server>");
        }
        return new Remote(uri, shown.toString());
    }

    private Repository workRepository() throws IOException {
        Path dir = workDirectory.resolve("repository.git");
        if (!Files.isDirectory(dir.resolve("objects"))) {
            Files.createDirectories(dir);
            Repository created = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build();
            created.create(true);
            return created;
        }
        return new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().setMustExist(true).build();
    }

    /**
     * The project's {@code http.*} settings (an {@code extraheader} that CI's checkout left with a token, a proxy)
     * apply to the publishing repository too; copied in memory only, so no token is written under {@code target/}.
     */
    private static void copyHttpSettings(Repository project, Config work) {
        if (project == null) {
            return;
        }
        Config from = project.getConfig();
        for (String name : from.getNames("http")) {
            work.setStringList("http", null, name, List.of(from.getStringList("http", null, name)));
        }
        for (String url : from.getSubsections("http")) {
            for (String name : from.getNames("http", url)) {
                work.setStringList("http", url, name, List.of(from.getStringList("http", url, name)));
            }
        }
    }

    /** Fetches the branch's new commits; its head, or null when the remote has no such branch yet. */
    private ObjectId fetch(Repository work, Remote remote, String branchRef, String trackingRef,
                           CredentialsProvider credentials, GitTarget target) throws SiteBuildException, IOException {
        try (Transport transport = open(work, remote, credentials)) {
            ObjectId head;
            try (FetchConnection connection = transport.openFetch()) {
                org.eclipse.jgit.lib.Ref advertised = connection.getRef(branchRef);
                head = advertised == null ? null : advertised.getObjectId();
            }
            if (head != null && !work.getObjectDatabase().has(head)) {
                transport.fetch(NullProgressMonitor.INSTANCE, List.of(new RefSpec("+" + branchRef + ":" + trackingRef)));
            }
            return head;
        } catch (TransportException e) {
            throw transportFailure(e, remote, target);
        }
    }

    private static Transport open(Repository work, Remote remote, CredentialsProvider credentials) throws IOException {
        Transport transport = Transport.open(work, remote.uri);
        transport.setCredentialsProvider(credentials);
        transport.setTimeout(TIMEOUT);
        return transport;
    }

    private static void refuseUnlessSite(RevWalk walk, RevCommit head, Remote remote, GitTarget target)
            throws SiteBuildException, IOException {
        List<String> top = new ArrayList<>();
        boolean index = false;
        try (TreeWalk tree = new TreeWalk(walk.getObjectReader())) {
            tree.addTree(head.getTree());
            while (tree.next()) {
                index |= tree.getPathString().equals("index.html");
                top.add(tree.getPathString() + (tree.isSubtree() ? "/" : ""));
            }
        }
        if (!index && !top.isEmpty()) {
            String shown = String.join(", ", top.subList(0, Math.min(top.size(), 5))) + (top.size() > 5 ? ", ..." : "");
            throw failure(Rule.PUBLISH_BRANCH, target, "the branch " + target.branch() + " of " + remote.shown
                    + " holds " + shown + " but no index.html at its top: it does not look like a published site, "
                    + "so it is left as it is", "name another branch (blog.publish.branch), or set blog.publish"
                    + ".force=true to replace its files with the site (its history is kept)");
        }
    }

    /** The written site's tree, and how many files it holds. */
    private record Tree(ObjectId id, int files) {
    }

    /**
     * Puts the site into the publishing repository as a tree: the site's files, a {@code .nojekyll} (GitHub Pages
     * would run Jekyll again otherwise) and {@code CNAME} for a domain. An index under {@code target/} remembers
     * each file's size, time and object, so an unchanged file is not read.
     */
    private static Tree writeTree(Repository work, ObjectReader reader, Path site, String domain)
            throws IOException {
        Map<String, BasicFileAttributes> attributes = new HashMap<>();
        List<String> files = SiteArchive.files(site, attributes);
        Map<String, byte[]> added = new LinkedHashMap<>();
        if (!attributes.containsKey(".nojekyll")) {
            added.put(".nojekyll", new byte[0]);
        }
        if (domain != null && !domain.isBlank()) {
            added.put("CNAME", (domain.strip() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        DirCache index = DirCache.lock(work.getDirectory().toPath().resolve("blog-publish.index").toFile(), FS.DETECTED);
        try {
            Map<String, DirCacheEntry> known = new HashMap<>();
            for (int i = 0; i < index.getEntryCount(); i++) {
                known.put(index.getEntry(i).getPathString(), index.getEntry(i));
            }
            DirCacheBuilder builder = index.builder();
            int count = 0;
            List<DirCacheEntry> unknown = new ArrayList<>();
            for (String path : files) {
                if (added.containsKey(path)) {
                    continue;
                }
                BasicFileAttributes file = attributes.get(path);
                Instant modified = file.lastModifiedTime().toInstant();
                DirCacheEntry old = known.get(path);
                boolean same = old != null && old.getLength() == (int) file.size()
                        && modified.equals(old.getLastModifiedInstant()) && reader.has(old.getObjectId());
                DirCacheEntry entry = entry(path, same ? old.getObjectId() : ObjectId.zeroId(), file.size(), modified);
                if (!same) {
                    unknown.add(entry);
                }
                builder.add(entry);
                count++;
            }
            // Many new files (a first publish) go into one pack with their folders' trees: thousands of loose
            // objects cost seconds of file system work; a few (an edit) stay loose, so that packs do not pile up.
            ObjectId tree;
            try (ObjectInserter objects = objectInserter(work, unknown.size())) {
                for (DirCacheEntry entry : unknown) {
                    entry.setObjectId(blob(objects, site.resolve(entry.getPathString()), attributes.get(
                            entry.getPathString()).size()));
                }
                for (Map.Entry<String, byte[]> extra : added.entrySet()) {
                    ObjectId id = objects.insert(Constants.OBJ_BLOB, extra.getValue());
                    builder.add(entry(extra.getKey(), id, extra.getValue().length, Instant.EPOCH));
                    count++;
                }
                builder.finish();
                tree = index.writeTree(objects);
                objects.flush();
            }
            index.write();
            index.commit();
            return new Tree(tree, count);
        } finally {
            index.unlock();
        }
    }

    private static ObjectInserter objectInserter(Repository work, int files) {
        if (files <= BULK) {
            return work.newObjectInserter();
        }
        PackInserter pack = ((FileRepository) work).getObjectDatabase().newPackInserter();
        pack.setCompressionLevel(Deflater.BEST_SPEED); // its default, the best, took half as long again
        return pack;
    }

    private static DirCacheEntry entry(String path, ObjectId id, long size, Instant modified) {
        DirCacheEntry entry = new DirCacheEntry(path);
        entry.setFileMode(FileMode.REGULAR_FILE);
        entry.setObjectId(id);
        entry.setLength(size);
        entry.setLastModified(modified);
        return entry;
    }

    private static ObjectId blob(ObjectInserter inserter, Path file, long size) throws IOException {
        if (size > IN_MEMORY) {
            try (InputStream in = Files.newInputStream(file)) {
                return inserter.insert(Constants.OBJ_BLOB, size, in);
            }
        }
        return inserter.insert(Constants.OBJ_BLOB, Files.readAllBytes(file)); // an object it has is not written again
    }

    private ObjectId commit(ObjectInserter inserter, ObjectId tree, RevCommit parent, GitTarget target,
                            Repository project, Repository work) throws IOException {
        RevCommit source = sourceCommit(project);
        PersonIdent author = author(target, project != null ? project : work, source);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        if (parent != null) {
            commit.setParentId(parent);
        }
        commit.setAuthor(author);
        commit.setCommitter(author);
        commit.setMessage("Publish " + target.source() + (source == null ? "" : " from " + source.abbreviate(7).name())
                + "\n\nThe site blog:publish built from " + (source == null ? "sources outside Git"
                : "commit " + source.name() + " of the sources") + ".\n");
        ObjectId id = inserter.insert(commit);
        inserter.flush();
        return id;
    }

    private static RevCommit sourceCommit(Repository project) throws IOException {
        if (project == null) {
            return null;
        }
        ObjectId head = project.resolve(Constants.HEAD);
        if (head == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(project)) {
            return walk.parseCommit(head);
        }
    }

    /** The settings' author, else Git's {@code user.name}/{@code user.email}, else the author of the sources' commit. */
    private static PersonIdent author(GitTarget target, Repository config, RevCommit source) {
        UserConfig user = config.getConfig().get(UserConfig.KEY);
        String name = target.authorName();
        String email = target.authorEmail();
        if (name == null || name.isBlank()) {
            name = !user.isAuthorNameImplicit() || source == null ? user.getAuthorName()
                    : source.getAuthorIdent().getName();
        }
        if (email == null || email.isBlank()) {
            email = !user.isAuthorEmailImplicit() || source == null ? user.getAuthorEmail()
                    : source.getAuthorIdent().getEmailAddress();
        }
        return new PersonIdent(name, email);
    }

    /** How many files the commit adds, changes and removes. */
    private static int[] changes(ObjectReader reader, RevCommit parent, ObjectId tree) throws IOException {
        int[] counts = new int[3];
        try (TreeWalk walk = new TreeWalk(reader)) {
            if (parent == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(parent.getTree());
            }
            walk.addTree(tree);
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                counts[walk.getRawMode(0) == 0 ? 0 : walk.getRawMode(1) == 0 ? 2 : 1]++;
            }
        }
        return counts;
    }

    /** Pushes {@code commit} as the branch, only if the remote still holds {@code head}: never rewrites history. */
    private static void push(Repository work, Remote remote, String branchRef, ObjectId commit, ObjectId head,
                             CredentialsProvider credentials, GitTarget target) throws SiteBuildException, IOException {
        RemoteRefUpdate update = new RemoteRefUpdate(work, null, commit, branchRef, false, null,
                head == null ? ObjectId.zeroId() : head);
        try (Transport transport = open(work, remote, credentials)) {
            PushResult result = transport.push(NullProgressMonitor.INSTANCE, List.of(update));
            RemoteRefUpdate done = result.getRemoteUpdate(branchRef);
            switch (done.getStatus()) {
                case OK, UP_TO_DATE -> {
                }
                case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw failure(Rule.PUBLISH_REJECTED, target,
                        "the push to " + target.branch() + " of " + remote.shown + " was refused: someone pushed to it"
                                + " while this build published; the branch is as they left it",
                        "run the publish again: it commits on top of what the branch holds now");
                default -> throw failure(Rule.PUBLISH_REJECTED, target, "the push to " + target.branch() + " of "
                        + remote.shown + " was refused" + Optional.ofNullable(done.getMessage())
                        .map(m -> ": " + redact(m, target)).orElse("") + "; the branch is unchanged",
                        "if someone else is publishing, wait and run the publish again; if the branch is protected, "
                                + "allow this account to push to it");
            }
        } catch (TransportException e) {
            throw transportFailure(e, remote, target);
        }
    }

    private static void setRef(Repository work, String name, ObjectId commit) throws IOException {
        RefUpdate update = work.updateRef(name);
        update.setNewObjectId(commit);
        update.setForceUpdate(true);
        RefUpdate.Result result = update.update();
        if (result == RefUpdate.Result.LOCK_FAILURE || result == RefUpdate.Result.IO_FAILURE
                || result == RefUpdate.Result.REJECTED) {
            throw new IOException("could not set " + name + " in " + work.getDirectory() + ": " + result);
        }
    }

    private static SiteBuildException transportFailure(TransportException e, Remote remote, GitTarget target) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof NoRemoteRepositoryException || message.contains("repository not found")) {
            return failure(Rule.PUBLISH_REMOTE, target, "there is no Git repository at " + remote.shown,
                    "create the repository (on GitHub: New repository), or correct blog.publish.repository");
        }
        if (message.contains("not authorized") || message.contains("no CredentialsProvider")
                || message.contains("not permitted") || message.contains("authentication not supported")) {
            return target.hasCredentials()
                    ? failure(Rule.PUBLISH_CREDENTIALS, target, remote.shown + " refused the credentials of the "
                            + "settings.xml server blog.publish.serverId names", "give that server a token that may "
                            + "push to the repository (on GitHub: a token with contents: write)")
                    : failure(Rule.PUBLISH_CREDENTIALS, target, remote.shown + " asks for credentials, and none were"
                            + " given", "add <server><id>github</id><username>you</username><password>a token"
                            + "</password></server> to ~/.m2/settings.xml and set blog.publish.serverId=github");
        }
        return failure(Rule.PUBLISH_REMOTE, target, "could not reach " + remote.shown + ": " + redact(message, target),
                "check the address and the network, then publish again");
    }

    private static SiteBuildException failure(Rule rule, GitTarget target, String message, String hint) {
        return SiteBuildException.of("Publishing", Problem.error(rule, SourceLocation.of(target.settings()),
                message, hint));
    }

    /** {@code text} without the user name and password of any address in it, or of the settings' server. */
    static String redact(String text, GitTarget target) {
        String shown = text.replaceAll("(?i)([a-z][a-z0-9+.-]*://)[^/@\\s]*@", "$1");
        for (String secret : new String[] {target.password(), target.username()}) {
            if (secret != null && secret.length() >= 3) {
                shown = shown.replace(secret, "***");
            }
        }
        return shown;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
