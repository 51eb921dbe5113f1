package io.github.blogpublish.build;

import io.github.blogpublish.cache.BuildCache;
import io.github.blogpublish.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The incremental build: a build that reuses the cache the last one saved writes the same bytes as a full build
 * of the same sources, whatever changed in between, and reuses only what did not change.
 */
class IncrementalBuildTest {

    private static final String VERSION = "test-version";

    @TempDir
    Path dir;

    private TestSite site;
    private Path cacheFile;
    private int lastUnread;

    private void makeSite(int posts) throws Exception {
        site = new TestSite(dir.resolve("blog"))
                .file("_config.yml", "title: Inc\nurl: https://example.com\npaginate: 5\n")
                .file("_includes/note.html", "<aside>{{ include.text }}</aside>");
        for (int i = 0; i < posts; i++) {
            site.file(String.format("_posts/2022-%02d-%02d-post-%d.md", 1 + i % 12, 1 + i % 28, i),
                    "---\ntitle: 글 " + i + "\ntags: [t" + i % 3 + "]\ncategorys: [typo]\n---\n## 제목 " + i
                            + "\n\n{% include note.html text=\"n" + i + "\" %}\n\n```java\nint x = " + i + ";\n```\n");
        }
        cacheFile = site.project().resolve("target/blog-cache/cache.bin");
    }

    /** Posts {@code _posts/2023-01-0N-plain-N.md} without Liquid, of the texts given for each N. */
    private void plainPosts(int count, java.util.function.IntFunction<String> text) throws Exception {
        for (int i = 0; i < count; i++) {
            site.file(String.format("_posts/2023-01-%02d-plain-%d.md", 1 + i, i), text.apply(i));
        }
    }

    /** A build with the saved cache, saving it again; what it reused. */
    private BuildCache.Reuse incremental() throws Exception {
        BuildCache cache = BuildCache.load(cacheFile, VERSION);
        BuildResult result = new SiteBuilder(site.config().build(), cache).build();
        long misspelt;
        try (Stream<Path> posts = Files.list(site.source().resolve("_posts"))) {
            misspelt = posts.filter(p -> readString(p).contains("categorys:")).count();
        }
        assertEquals(misspelt, result.warnings().stream().map(Problem::message)
                .filter("unknown key 'categorys'"::equals).count(), "warnings of reused posts are reported again");
        cache.save(cacheFile, VERSION);
        lastUnread = cache.lastUnread();
        return cache.lastReuse();
    }

    /** A build with this cache that must fail; how it failed. */
    private io.github.blogpublish.problem.SiteBuildException failingBuild(BuildCache cache) {
        return org.junit.jupiter.api.Assertions.assertThrows(io.github.blogpublish.problem.SiteBuildException.class,
                () -> new SiteBuilder(site.config().build(), cache).build());
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A full build of the same sources into another folder, for comparison. */
    private Map<String, byte[]> full() throws Exception {
        Path out = site.project().resolve("target/full");
        new SiteBuilder(site.config().outputDirectory(out).build()).build();
        return TestSite.files(out);
    }


    private void assertSameAsFullBuild() throws Exception {
        TestSite.assertSameSite(full(), TestSite.files(site.output()));
        assertEquals(folders(site.project().resolve("target/full")), folders(site.output()),
                "no folder of a deleted post is left");
        try (Stream<Path> target = Files.list(site.project().resolve("target"))) {
            assertEquals(List.of("blog", "blog-cache", "full"), target.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder, old site or journal is left");
        }
    }

    private static List<String> folders(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isDirectory).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void oneEditedPostIsTheOnlyOneDoneAgainAndTheSiteEqualsAFullBuild() throws Exception {
        makeSite(40);
        assertEquals(new BuildCache.Reuse(0, 0, 0), incremental());
        assertTrue(Files.isRegularFile(cacheFile));
        assertSameAsFullBuild();

        site.file("_posts/2022-03-03-post-2.md", "---\ntitle: 바뀐 글\ntags: [new]\ncategorys: [typo]\n---\nEdited\n");
        BuildCache.Reuse reuse = incremental();
        assertEquals(39, reuse.posts());
        assertEquals(39, reuse.bodies());
        assertSameAsFullBuild();
        assertTrue(new String(Files.readAllBytes(site.output().resolve("tags/new/index.html"))).contains("바뀐 글"));

        // Nothing changed: every page is reused (the feed and the home pages too, which show the posts' text, as no
        // text changed), the search index and its script too, made of the same entries; the theme's style sheet and
        // script are copies, not pages.
        int pages = TestSite.files(site.output()).size() - 2;
        assertEquals(new BuildCache.Reuse(40, 40, pages), incremental());
        assertSameAsFullBuild();

        // Only a body changed: the lists that show titles, dates and URLs alone are reused too (the tag pages, the
        // sitemap), and so are the pages that show other posts' text but not this post's: 7 of the 8 home pages of 5
        // posts, and the feed of the ten newest. The post's own page, the search index and the home page that shows
        // its excerpt are made again.
        site.file("_posts/2022-03-03-post-2.md", "---\ntitle: 바뀐 글\ntags: [new]\ncategorys: [typo]\n---\nEdited again\n");
        assertEquals(new BuildCache.Reuse(39, 39, pages - 3 - 1), incremental());
        assertSameAsFullBuild();
        assertTrue(new String(Files.readAllBytes(site.output().resolve("search.json")), java.nio.charset.StandardCharsets.UTF_8)
                .contains("Edited again"));

        // A title changed: every page that lists it, or links to it as a neighbour, is made again.
        site.file("_posts/2022-03-03-post-2.md", "---\ntitle: 세 번째 제목\ntags: [new]\ncategorys: [typo]\n---\nEdited again\n");
        BuildCache.Reuse retitled = incremental();
        assertEquals(39, retitled.posts());
        assertEquals(40, retitled.bodies(), "the body did not change, so its Markdown is reused too");
        assertEquals(0, retitled.pages(), "the site's post list changed, which every page may show");
        assertSameAsFullBuild();
        assertTrue(new String(Files.readAllBytes(site.output().resolve("tags/new/index.html"))).contains("세 번째 제목"));
    }

    /** Files whose text is not their bytes as they are (CRLF line ends, a byte-order mark) are keyed by their text. */
    @Test
    void postsWithCrlfLineEndsOrAByteOrderMarkAreSeenWhenTheirBodyOrFrontMatterChanges() throws Exception {
        makeSite(10);
        site.file("_posts/2022-05-10-windows.md", "---\r\ntitle: 윈도 글\r\n---\r\n줄 하나\r\n");
        site.file("_posts/2022-05-11-bom.md", "\uFEFF---\ntitle: 표시 글\n---\n첫 본문\n");
        incremental();
        assertSameAsFullBuild();

        site.file("_posts/2022-05-10-windows.md", "---\r\ntitle: 윈도 글\r\n---\r\n줄 둘\r\n");
        site.file("_posts/2022-05-11-bom.md", "\uFEFF---\ntitle: 표시 글\n---\n둘째 본문\n");
        assertEquals(10, incremental().bodies());
        assertSameAsFullBuild();
        assertTrue(readString(site.output().resolve("search.json")).contains("줄 둘"));
        assertTrue(readString(site.output().resolve("search.json")).contains("둘째 본문"));

        // Only their titles changed: their Markdown is reused.
        site.file("_posts/2022-05-10-windows.md", "---\r\ntitle: 새 윈도 글\r\n---\r\n줄 둘\r\n");
        site.file("_posts/2022-05-11-bom.md", "\uFEFF---\ntitle: 새 표시 글\n---\n둘째 본문\n");
        BuildCache.Reuse retitled = incremental();
        assertEquals(10, retitled.posts());
        assertEquals(12, retitled.bodies());
        assertSameAsFullBuild();

        // An edit that keeps every length, in such a file and in a plain UTF-8 one, is seen too.
        plainPosts(1, i -> "---\ntitle: 평문\n---\n가나다\n");
        incremental();
        site.file("_posts/2022-05-10-windows.md", "---\r\ntitle: 새 윈도 글\r\n---\r\n줄 셋\r\n");
        plainPosts(1, i -> "---\ntitle: 평문\n---\n가나라\n");
        assertEquals(11, incremental().bodies());
        assertSameAsFullBuild();
        assertTrue(readString(site.output().resolve("search.json")).contains("줄 셋"));
        assertTrue(readString(site.output().resolve("search.json")).contains("가나라"));
    }

    @Test
    void aChangedLayoutIncludeOrSettingIsAFullRenderAndAnAddedOrDeletedPostIsSeenEverywhere() throws Exception {
        makeSite(30);
        incremental();
        site.file("_includes/note.html", "<aside class=\"new\">{{ include.text }}</aside>");
        // The search index is made in code of entries that no include changes: the same bytes, so the same files.
        assertEquals(2, incremental().pages(), "no page but the search index and its script is reused when an include changed");
        assertSameAsFullBuild();

        site.file("_config.yml", "title: Renamed\nurl: https://example.com\npaginate: 5\ntimezone: Asia/Seoul\n");
        BuildCache.Reuse reuse = incremental();
        assertEquals(0, reuse.posts(), "a new time zone means every post is checked again");
        assertEquals(0, reuse.pages());
        assertSameAsFullBuild();

        Files.delete(site.source().resolve("_posts/2022-01-01-post-0.md"));
        site.file("_posts/2023-01-01-added.md", "---\ntitle: Added\n---\nNew\n");
        incremental();
        assertSameAsFullBuild();
        assertFalse(Files.exists(site.output().resolve("2022/01/01/post-0.html")));
        assertFalse(Files.exists(site.output().resolve("2022/01/01")), "its folder went with it");

        // A file put into the site by hand goes, as a clean build would not have it.
        Files.writeString(site.output().resolve("stray.html"), "stray");
        incremental();
        assertSameAsFullBuild();
        assertFalse(Files.exists(site.output().resolve("stray.html")));
    }

    @Test
    void aReRunKeepsUnchangedFilesAndRestoresOnesEditedByHand() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
                .contains("unix"), "needs unix inode numbers to tell a kept file from a rewritten one");
        makeSite(12);
        incremental();
        Path kept = site.output().resolve("2022/02/02/post-1.html");
        Path edited = site.output().resolve("2022/03/03/post-2.html");
        Object inode = Files.getAttribute(kept, "unix:ino");
        String original = Files.readString(edited);
        Files.writeString(edited, original.replace("글 2", "X 2"));
        incremental();
        assertEquals(original, Files.readString(edited), "a file changed by hand is written again");
        assertEquals(inode, Files.getAttribute(kept, "unix:ino"), "an unchanged file is kept, not written again");
        assertSameAsFullBuild();

        // An edit that keeps the size: the file's time tells it from the one the last build wrote.
        Files.writeString(edited, original.replace("글 2", "글 9"));
        incremental();
        assertEquals(original, Files.readString(edited), "a file changed by hand to the same size is written again");
        assertSameAsFullBuild();
    }

    @Test
    void aReusedPageStillAsWrittenIsLeftInTheSiteUnreadAnyOtherIsReadBackOrMadeAgain() throws Exception {
        makeSite(4);
        incremental();
        String path = "2022/02/02/post-1.html";
        Path file = site.output().resolve(path);
        byte[] written = Files.readAllBytes(file);
        java.util.function.Supplier<io.github.blogpublish.output.OutputFile> reuse = () -> {
            BuildCache cache = BuildCache.load(cacheFile, VERSION);
            cache.siteDirectory(site.output(), false);
            String key = cache.keptPages().keySet().stream().filter(k -> k.startsWith(path + '\u0000')).findFirst().orElseThrow();
            return cache.pageStore().find(key, path, null);
        };
        io.github.blogpublish.output.OutputFile kept = reuse.get();
        assertTrue(kept.isKept(), "as written: left in the site, not read");
        assertEquals(io.github.blogpublish.template.Hashes.checksum(written), kept.checksum());

        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(86_400_000L));
        io.github.blogpublish.output.OutputFile readBack = reuse.get();
        assertFalse(readBack.isKept(), "touched since: read back");
        org.junit.jupiter.api.Assertions.assertArrayEquals(written, readBack.content(), "and taken, as its bytes agree");

        Files.writeString(file, "<p>edited by hand</p>");
        assertEquals(null, reuse.get(), "edited since: made again");

        incremental();
        assertSameAsFullBuild();
        BuildCache cache = BuildCache.load(cacheFile, VERSION);
        cache.siteDirectory(site.output(), true);
        String key = cache.keptPages().keySet().stream().filter(k -> k.startsWith(path + '\u0000')).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertArrayEquals(written, cache.pageStore().find(key, path, null).content(),
                "a build served from memory always has the bytes");
    }

    @Test
    void aMovedProjectReadsItsPostsAgainSinceTheirKeysHoldTheirPaths() throws Exception {
        makeSite(0);
        plainPosts(3, i -> "---\ntitle: Plain " + i + "\ncategorys: [typo]\n---\nText " + i + ".\n");
        incremental();
        incremental();
        assertEquals(3, lastUnread, "unchanged files are not read");
        Path moved = dir.resolve("moved");
        Files.move(site.project(), moved); // a rename keeps each file's size, time and inode
        site = new TestSite(moved);
        cacheFile = moved.resolve("target/blog-cache/cache.bin");
        BuildCache cache = BuildCache.load(cacheFile, VERSION);
        BuildResult result = new SiteBuilder(site.config().build(), cache).build();
        assertEquals(0, cache.lastUnread(), "the recorded keys name the old folder: every file is read again");
        assertEquals(3, result.warnings().stream().filter(w -> w.location().file().startsWith(moved.resolve("src/main/blog"))).count(),
                "each misspelt key is reported at the file where it is now");
        assertSameAsFullBuild();
    }

    @Test
    void anUnchangedPageWhoseLinksResolvedIsCheckedAgainWhenWhatTheyLeadToChanges() throws Exception {
        makeSite(0);
        site.file("_posts/2022-06-06-a.md", "---\ntitle: A\n---\nSee [the first part](/2022/06/07/b.html#first).\n")
                .file("_posts/2022-06-07-b.md", "---\ntitle: B\n---\n## First\n\nText.\n");
        incremental();
        incremental(); // every page's links resolved: the next build looks at none of them while nothing changes
        assertEquals(2, lastUnread, "neither post file is read");
        site.file("_posts/2022-06-07-b.md", "---\ntitle: B\n---\n## Second\n\nText.\n");
        io.github.blogpublish.problem.SiteBuildException e = failingBuild(BuildCache.load(cacheFile, VERSION));
        assertEquals(List.of("2022-06-06-a.md: broken link in 2022/06/06/a.html: /2022/06/07/b.html#first "
                        + "(the page has no element with id \"first\")"),
                e.problems().stream().map(p -> p.location().file().getFileName() + ": " + p.message()).toList(),
                "the unchanged page A is checked again: B's ids changed");

        // As warnings, a broken link of an unchanged page is reported on every build.
        for (int run = 0; run < 2; run++) {
            BuildCache again = BuildCache.load(cacheFile, VERSION);
            BuildResult result = new SiteBuilder(site.config().brokenLinksWarn(true).build(), again).build();
            again.save(cacheFile, VERSION);
            assertEquals(1, result.warnings().stream().filter(w -> w.message().contains("no element with id")).count(),
                    "run " + run);
        }
    }

    @Test
    void renderedMarkdownIsReadFromTheCacheFileWhenABuildAsksForIt() throws Exception {
        makeSite(6);
        incremental();
        // One cache, two builds, each saved: the second build reads Markdown from the file the first save wrote.
        BuildCache cache = BuildCache.load(cacheFile, VERSION);
        new SiteBuilder(site.config().build(), cache).build();
        cache.save(cacheFile, VERSION);
        site.file("_layouts/post.html", "<article>{{ content }}</article>"); // every post page made again
        new SiteBuilder(site.config().build(), cache).build();
        assertEquals(6, cache.lastReuse().bodies());
        cache.save(cacheFile, VERSION);
        assertSameAsFullBuild();

        // The file emptied after it was loaded: the texts it cannot give any more are rendered again, the same.
        BuildCache emptied = BuildCache.load(cacheFile, VERSION);
        try (java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(cacheFile,
                java.nio.file.StandardOpenOption.WRITE)) {
            file.truncate(0);
        }
        site.file("_layouts/post.html", "<article class=\"post\">{{ content }}</article>");
        new SiteBuilder(site.config().build(), emptied).build();
        assertSameAsFullBuild();
        emptied.save(cacheFile, VERSION); // with the texts made again
        assertEquals(6, incremental().bodies());
        assertSameAsFullBuild();
    }

    @Test
    void aPostThatIsALinkIsReadEveryTimeSinceTheLinkDoesNotChangeWithItsFile() throws Exception {
        makeSite(0);
        site.file("notes/plain.md.txt", "---\ntitle: Linked\n---\nFirst text.\n");
        Files.createDirectories(site.source().resolve("_posts"));
        Files.createSymbolicLink(site.source().resolve("_posts/2023-02-01-linked.md"),
                site.source().resolve("notes/plain.md.txt"));
        incremental();
        incremental();
        assertEquals(0, lastUnread, "a link is read, not taken by its own size and time");
        site.file("notes/plain.md.txt", "---\ntitle: Linked\n---\nSecond text.\n");
        incremental();
        assertTrue(site.read("2023/02/01/linked.html").contains("Second text."));
        assertSameAsFullBuild();
    }

    @Test
    void aReusedPageIsStillCheckedForLinksThatBrokeSince() throws Exception {
        makeSite(5);
        site.file("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .file("_posts/2022-06-06-logo.md", "---\ntitle: Logo\n---\n![logo](/assets/logo.svg)\n");
        incremental();
        Files.delete(site.source().resolve("assets/logo.svg"));
        BuildCache cache = BuildCache.load(cacheFile, VERSION);
        long html = TestSite.files(site.output()).keySet().stream().filter(path -> path.endsWith(".html")).count();
        assertTrue(html > 6, "the six post pages, the home page, tag pages and 404 page");
        assertEquals(html, cache.keptPages().values().stream().filter(page -> page.scan() != null).count(),
                "each cached HTML page comes with its link scan");
        io.github.blogpublish.problem.SiteBuildException e = failingBuild(cache);
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("/assets/logo.svg")), e.problems().toString());
    }

    @Test
    void anUnchangedFileIsNotReadAgainUnlessItsBodyHoldsLiquid() throws Exception {
        makeSite(10); // every body includes a note: Liquid, so every file is read each time
        incremental();
        incremental();
        assertEquals(0, lastUnread);
        plainPosts(10, i -> "---\ntitle: Plain " + i + "\n---\nIntro " + i + ".\n\nMore intro.\n\n<!--more-->\n\nRest.\n");
        incremental();
        incremental();
        assertEquals(10, lastUnread, "the ten plain posts are reused by their size, time and identity");
        assertSameAsFullBuild();
        assertTrue(site.read("feed.xml").contains("<summary type=\"html\"><![CDATA[Intro 9. More intro.]]></summary>"), "up to <!--more-->");

        site.file("_posts/2023-01-01-plain-0.md", "---\ntitle: Plain 0\n---\nChanged first part.\n\n<!--more-->\n\nSecond.\n");
        incremental();
        assertEquals(9, lastUnread, "the edited one is read");
        assertSameAsFullBuild();

        // A setting that changes only the Markdown output: the unread posts' bodies are read to render them again.
        site.file("_config.yml", "title: Inc\nurl: https://example.com\npaginate: 5\nexcerpt_separator: \"More intro.\"\n");
        incremental();
        assertEquals(10, lastUnread);
        assertSameAsFullBuild();
        assertTrue(site.read("feed.xml").contains("<summary type=\"html\"><![CDATA[Intro 9.]]></summary>"),
                "the excerpt ends at the separator now: " + site.read("feed.xml"));
    }

    @Test
    void aPageThatShowsOtherPostsTextIsMadeAgainWhenATextItReadChangesWhetherItsLayoutOrItsBodyReadsIt() throws Exception {
        site = new TestSite(dir.resolve("blog"))
                .file("_config.yml", "title: Reads\nurl: https://example.com\npaginate: 2\nplugins: [jekyll-paginate]\n")
                .file("_layouts/plain.html", "<main>{{ content }}</main>")
                // The body, not the layout, shows the excerpts of the page's posts.
                .file("index.html", "---\nlayout: plain\n---\n{% for post in paginator.posts %}<article>{{ post.excerpt }}"
                        + "</article>{% endfor %}")
                // Which post's text it shows depends on the text of another: what a render read is its key.
                .file("_layouts/pick.html", "{% assign first = site.posts | last %}{% if first.content contains 'left' %}"
                        + "{{ site.posts[0].content }}{% else %}{{ site.posts[1].content }}{% endif %}")
                .file("pick.html", "---\nlayout: pick\n---\n");
        plainPosts(6, i -> "---\ntitle: P" + i + "\n---\nText " + i + " left.\n");
        cacheFile = site.project().resolve("target/blog-cache/cache.bin");
        incremental();
        assertSameAsFullBuild();
        assertTrue(site.read("pick.html").contains("Text 5"), site.read("pick.html"));

        site.file("_posts/2023-01-02-plain-1.md", "---\ntitle: P1\n---\nText 1 edited.\n");
        incremental();
        assertSameAsFullBuild();
        assertTrue(site.read("page3/index.html").contains("Text 1 edited."), site.read("page3/index.html"));

        site.file("_posts/2023-01-01-plain-0.md", "---\ntitle: P0\n---\nText 0 right.\n");
        incremental();
        assertSameAsFullBuild();
        assertTrue(site.read("pick.html").contains("Text 4"), "the oldest post's text chose another post: "
                + site.read("pick.html"));
        site.file("_posts/2023-01-05-plain-4.md", "---\ntitle: P4\n---\nText 4 edited.\n");
        incremental();
        assertSameAsFullBuild();
        assertTrue(site.read("pick.html").contains("Text 4 edited."), site.read("pick.html"));
    }

    @Test
    void aCacheOfAnotherVersionOrDamagedIsIgnored() throws Exception {
        makeSite(10);
        incremental();
        assertTrue(BuildCache.load(cacheFile, VERSION).loaded());
        assertFalse(BuildCache.load(cacheFile, "other-version").loaded(), "the log then says there was nothing to reuse");
        assertEquals(new BuildCache.Reuse(0, 0, 0), reuseWith(BuildCache.load(cacheFile, "other-version")));
        byte[] bytes = Files.readAllBytes(cacheFile);
        Files.write(cacheFile, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertFalse(BuildCache.load(cacheFile, VERSION).loaded());
        assertEquals(new BuildCache.Reuse(0, 0, 0), reuseWith(BuildCache.load(cacheFile, VERSION)));
        assertSameAsFullBuild();
    }

    /**
     * The rendered Markdown lies in a store of its own that a save only adds to (a one-post re-run writes one
     * entry, not every post's HTML again), written anew when most of it is no longer used; a store that is not
     * what the cache names is refused as damage (a full build, the same site).
     */
    @Test
    void renderedMarkdownIsAddedToItsStoreWhichIsWrittenAnewWhenMostOfItIsDead() throws Exception {
        makeSite(0);
        plainPosts(6, i -> "---\ntitle: Plain " + i + "\n---\nText " + i + ".\n");
        incremental();
        Path store = onlyStore();
        long size = Files.size(store);
        long index = Files.size(cacheFile);

        site.file("_posts/2023-01-01-plain-0.md", "---\ntitle: Plain 0\n---\nText 0 once more.\n");
        incremental();
        assertEquals(store, onlyStore(), "the same store");
        assertTrue(Files.size(store) > size && Files.size(store) < size + 200,
                "one entry added: " + size + " -> " + Files.size(store));
        assertSameAsFullBuild();

        // Every body changes: the old entries are dead, so the save writes the live ones to a new store.
        plainPosts(6, i -> "---\ntitle: Plain " + i + "\n---\nText " + i + ", changed.\n");
        incremental();
        Path renewed = onlyStore();
        assertNotEquals(store, renewed, "a new store, the old one deleted");
        assertTrue(Files.size(cacheFile) < index * 2, "cache.bin holds where entries lie, not their texts");
        // Every page (the search index and its script too, of the same entries) but the theme's style sheet and
        // script (copies).
        assertEquals(new BuildCache.Reuse(6, 6, TestSite.files(site.output()).size() - 2), incremental(),
                "its entries are read back");
        assertSameAsFullBuild();

        byte[] bytes = Files.readAllBytes(renewed);
        Files.write(renewed, java.util.Arrays.copyOf(bytes, bytes.length - 10));
        assertFalse(BuildCache.load(cacheFile, VERSION).loaded(), "a store cut short");
        Files.delete(renewed);
        assertFalse(BuildCache.load(cacheFile, VERSION).loaded(), "no store");
        incremental();
        assertSameAsFullBuild();

        // A cache saved into another folder gets a store of its own there.
        Path elsewhere = dir.resolve("other-cache/cache.bin");
        BuildCache cache = BuildCache.load(cacheFile, VERSION);
        new SiteBuilder(site.config().build(), cache).build();
        cache.save(elsewhere, VERSION);
        assertTrue(BuildCache.load(elsewhere, VERSION).loaded());
        assertTrue(BuildCache.load(cacheFile, VERSION).loaded(), "the first folder's cache is left as it was");
    }

    private Path onlyStore() throws Exception {
        try (Stream<Path> files = Files.list(cacheFile.getParent())) {
            List<Path> stores = files.filter(f -> f.getFileName().toString().startsWith("markdown-")).toList();
            assertEquals(1, stores.size(), stores.toString());
            return stores.get(0);
        }
    }

    private BuildCache.Reuse reuseWith(BuildCache cache) throws Exception {
        new SiteBuilder(site.config().build(), cache).build();
        return cache.lastReuse();
    }
}
