package io.github.blogpublish.build;

import io.github.blogpublish.cache.StageCache;
import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.files.FileStamp;
import io.github.blogpublish.frontmatter.FrontMatterSchemas;
import io.github.blogpublish.frontmatter.FrontMatterSplitter;
import io.github.blogpublish.frontmatter.PostReader;
import io.github.blogpublish.frontmatter.TextDecoder;
import io.github.blogpublish.model.Page;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.StaticFile;
import io.github.blogpublish.model.StyleSheet;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.source.PostFileName;
import io.github.blogpublish.source.SourceFile;
import io.github.blogpublish.source.SourceTree;
import io.github.blogpublish.template.Hashes;
import io.github.blogpublish.template.LayoutEngine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The front matter stage: every post file is read and checked (on many threads), every other document with
 * front matter becomes a page, and the rest are static files. With the incremental build's cache, a post file
 * the last build found the same (size, time and identity) is not even read, and a post whose text is the same
 * is not checked again: its post and warnings are taken from the cache.
 */
final class FrontMatterStage {

    private final StageCache.Posts cache;
    private final SiteConfig config;
    private final Supplier<PostReader> reader;
    private final String fingerprint;
    /** Whether the post keys the cache recorded were made from the same folder and fingerprint. */
    private final boolean keysStand;
    private final Problems problems;

    /** @param cache what earlier builds checked ({@code SiteCache.NONE} for nothing) */
    FrontMatterStage(SiteConfig config, Set<String> layoutNames, List<FrontMatterSchemas.SchemaSource> schemas,
                     StageCache.Posts cache, Problems problems) {
        this.cache = cache;
        this.config = config;
        this.problems = problems;
        // Without schema files of the site nothing can fail here, and a re-run that reads no post never needs the
        // checker (whose JSON schema start-up is slow): made when first needed. A site's schemas are made at once,
        // so that their own mistakes are reported on every build.
        this.reader = Lazy.of(() -> new PostReader(config, layoutNames, new FrontMatterSchemas(schemas, problems)));
        if (!schemas.isEmpty()) {
            reader.get();
        }
        this.fingerprint = SchemaReader.fingerprint(config, layoutNames, schemas);
        // Post keys hold the file's path and the fingerprint: under the same ones, the keys recorded last time stand.
        String keyBasis = config.sourceDirectory() + "\u0000" + fingerprint;
        this.keysStand = cache.keysMadeUnder(keyBasis);
    }

    private FrontMatterStage(FrontMatterStage stage, Problems problems) {
        this.cache = stage.cache;
        this.config = stage.config;
        this.reader = stage.reader;
        this.fingerprint = stage.fingerprint;
        this.keysStand = stage.keysStand;
        this.problems = problems;
    }

    /** This stage reporting to other problems: the preview reads an edited post again with it. */
    FrontMatterStage reportingTo(Problems other) {
        return new FrontMatterStage(this, other);
    }

    /**
     * The posts read, and for the incremental build what is known of each body, by the post's path.
     *
     * @param posts  in the order of the sources
     * @param bodies checksums and keys of the bodies, for the later stages' cache keys
     */
    record Posts(List<Post> posts, Map<String, ValidatedSite.BodyDigest> bodies) {
    }

    /** Reads every post file side by side; {@code done} is called once per file. */
    Posts posts(List<SourceFile> sources, Runnable done) {
        Map<String, ValidatedSite.BodyDigest> bodies = new java.util.concurrent.ConcurrentHashMap<>();
        List<Post> posts = sources.parallelStream()
                .map(source -> {
                    Optional<Post> post = readPost(source, bodies);
                    done.run();
                    return post;
                })
                .flatMap(Optional::stream)
                .toList();
        return new Posts(posts, Map.copyOf(bodies));
    }

    /**
     * The pages and the static files, sorted by path.
     *
     * @param pages   documents with front matter
     * @param statics every other file of the site
     * @param styles  the Sass files with front matter, compiled to CSS
     */
    record Documents(List<Page> pages, List<StaticFile> statics, List<StyleSheet> styles) {
    }

    /**
     * The documents with front matter are pages (or, in a collection's folder, its documents); those without,
     * and every other file, are static files. A collection's static files are the site's only with its output,
     * at its label's folder ({@code _recipes/a.png} is {@code recipes/a.png}), as with Jekyll's default pattern.
     */
    Documents documents(SourceTree tree) {
        List<Page> pages = new ArrayList<>();
        List<StaticFile> statics = new ArrayList<>();
        List<StyleSheet> styles = new ArrayList<>();
        for (SourceFile file : tree.statics()) {
            Optional<StyleSheet> style = StyleSheet.isSass(file.relativePath()) ? styleSheet(file) : Optional.empty();
            style.ifPresentOrElse(styles::add, () -> staticFile(file).ifPresent(statics::add));
        }
        for (SourceFile document : tree.documents()) {
            Optional<String> text = SourceFiles.read(document.path(), problems);
            Optional<io.github.blogpublish.config.Collection> collection = io.github.blogpublish.config.Collection.holding(config.collections(), document.relativePath());
            if (text.isPresent() && FrontMatterSplitter.split(text.get()).isPresent()) {
                reader.get().readPage(collection.map(c -> PostReader.PostSource.document(document.path(),
                                        document.relativePath(), c))
                                .orElse(PostReader.PostSource.page(document.path(), document.relativePath())), text.get(),
                        problems).ifPresent(pages::add);
            } else if (text.isPresent()) {
                staticFile(document).ifPresent(statics::add);
            }
        }
        statics.sort(Comparator.comparing(StaticFile::relativePath));
        return new Documents(List.copyOf(pages), List.copyOf(statics), List.copyOf(styles));
    }

    /** A Sass file that starts with front matter, which Jekyll compiles; empty for one copied as it is. */
    private Optional<StyleSheet> styleSheet(SourceFile file) {
        return SourceFiles.read(file.path(), problems).flatMap(FrontMatterSplitter::split).filter(split -> split.closed())
                .map(split -> new StyleSheet(file.path(), file.relativePath(), split.body(), split.bodyLine()));
    }

    private Optional<StaticFile> staticFile(SourceFile file) {
        Optional<io.github.blogpublish.config.Collection> collection = io.github.blogpublish.config.Collection.holding(config.collections(), file.relativePath());
        if (collection.isEmpty()) {
            return Optional.of(new StaticFile(file.path(), file.relativePath()));
        }
        return collection.get().output()
                ? Optional.of(new StaticFile(file.path(), collection.get().outputPath(file.relativePath()))) : Optional.empty();
    }

    /** What the file's name says of a post (its date and slug), or empty after reporting a name without a date. */
    private Optional<PostReader.PostSource> postSource(SourceFile source) {
        boolean draft = source.relativePath().startsWith("_drafts/");
        try {
            Optional<PostFileName> name = PostFileName.parse(source.fileName());
            if (name.isEmpty() && !draft) {
                problems.report(Rule.POST_FILE_NAME, SourceLocation.of(source.path()),
                        "a post's file name must start with its date",
                        "rename it to YYYY-MM-DD-" + PostFileName.stem(source.fileName()) + ".md, e.g. "
                                + "2022-10-01-" + PostFileName.stem(source.fileName()) + ".md");
                return Optional.empty();
            }
            return Optional.of(new PostReader.PostSource(source.path(), source.relativePath(), name.map(PostFileName::date),
                    name.map(PostFileName::slug).orElse(PostFileName.stem(source.fileName())), source.categories(), draft));
        } catch (DateTimeException e) {
            problems.report(Rule.POST_FILE_DATE, SourceLocation.of(source.path()),
                    "the date in the file name is impossible: " + e.getMessage(),
                    "rename the file with a real date, YYYY-MM-DD-slug.md");
            return Optional.empty();
        }
    }

    /** One post, reused from the cache when its file is as the last build found it, else read and checked. */
    private Optional<Post> readPost(SourceFile source, Map<String, ValidatedSite.BodyDigest> bodies) {
        Optional<PostReader.PostSource> named = postSource(source);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        PostReader.PostSource postSource = named.get();
        Optional<LocalDate> fileDate = postSource.fileDate();
        // A post without a date in its name is dated by the clock: checked anew each time.
        boolean cached = cache.keeps() && fileDate.isPresent();
        // As the scan found the file: its walk read them already. (A link is no regular file: FileStamp.matches
        // never takes it for the file it leads to, so a linked post is read every time.)
        java.nio.file.attribute.BasicFileAttributes found = !cached ? null
                : source.found() != null ? source.found() : FileStamp.attributesOrNull(source.path());
        StageCache.Source last = found == null || !keysStand ? null : cache.source(source.relativePath());
        if (last != null && !last.bodyHasLiquid() && last.stamp().matches(found)) {
            // The file is as the last build found it: its post is reused without reading it. Its body is read
            // only if its Markdown must be rendered again; a body with Liquid is always read.
            Optional<Post> post = cache.unreadPost(last.postKey(), problems);
            if (post.isPresent()) {
                cache.source(source.relativePath(), last);
                bodies.put(source.relativePath(), new ValidatedSite.BodyDigest(last.bodyDigest(), true, last.headKey()));
                return post;
            }
        }
        Optional<byte[]> bytes = SourceFiles.readBytes(source.path(), problems);
        Optional<String> decoded = bytes.flatMap(b -> TextDecoder.decode(source.path(), b, problems));
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String text = decoded.get();
        if (!cached) {
            return reader.get().read(postSource, text, problems);
        }
        // Keyed by checksums of the text before the body and of the body, each summed where it lies in the file.
        TextDigests digests = TextDigests.of(bytes.get(), text);
        String key = postKey(source, fingerprint, Hashes.sha256(digests.head(), digests.body()));
        Optional<Post> post = cache.post(key, problems, own -> reader.get().read(postSource, text, own))
                .map(p -> p.body().isEmpty() ? p.withBody(bodyOf(text)) : p);
        post.ifPresent(p -> {
            boolean split = digests.isBodyOf(text, p.body());
            String body = split ? digests.body() : Hashes.checksum(p.body());
            // The text before the body: the post but its body is made from it (and the settings, path and name).
            String head = postKey(source, fingerprint, split ? digests.head()
                    : Hashes.checksum(text.endsWith(p.body()) ? text.substring(0, text.length() - p.body().length()) : text));
            bodies.put(source.relativePath(), new ValidatedSite.BodyDigest(body, false, head));
            if (found != null) {
                cache.source(source.relativePath(), new StageCache.Source(FileStamp.of(found),
                        key, body, LayoutEngine.hasLiquid(p.body()), head));
            }
        });
        return post;
    }

    /**
     * Checksums ({@link Hashes#checksum}) of a post file's text before its body and of its body, as
     * {@link FrontMatterSplitter} divides them (all of it is body without front matter), and where the body starts
     * (the text is split once, by the post's reader; this takes only the offset). A file in
     * UTF-8 without a byte-order mark or carriage return (nor a first byte 0xEF) is its text's encoding byte for
     * byte, so its bytes are summed where they lie; any other file's text is encoded first. Either way they are
     * the checksums of the texts' UTF-8. The keys made from them are SHA-256.
     */
    private record TextDigests(String head, String body, int headChars) {

        /** Whether {@code body} is the text's body as this divided it. */
        boolean isBodyOf(String text, String body) {
            return body.length() == text.length() - headChars && text.startsWith(body, headChars);
        }

        static TextDigests of(byte[] bytes, String text) {
            int headChars = FrontMatterSplitter.bodyStart(text);
            // Byte-order marks start with 0xEF (UTF-8), 0xFE or 0xFF (UTF-16). The body is the end of the text.
            int first = bytes.length == 0 ? 0 : bytes[0] & 0xff;
            boolean asIs = first != 0xEF && first != 0xFE && first != 0xFF && !holdsCarriageReturn(bytes);
            if (asIs) {
                int headBytes = utf8Length(text, headChars);
                return new TextDigests(Hashes.checksum(bytes, 0, headBytes),
                        Hashes.checksum(bytes, headBytes, bytes.length - headBytes), headChars);
            }
            return new TextDigests(Hashes.checksum(text.substring(0, headChars)), Hashes.checksum(text.substring(headChars)),
                    headChars);
        }

        /** Whether the decoder may have changed line ends (it makes CRLF LF); a UTF-8 byte 13 is always CR. */
        private static boolean holdsCarriageReturn(byte[] bytes) {
            for (byte b : bytes) {
                if (b == '\r') {
                    return true;
                }
            }
            return false;
        }

        /** The length in UTF-8 of the first {@code chars} characters of a text decoded strictly (surrogates paired). */
        private static int utf8Length(String text, int chars) {
            int length = 0;
            for (int i = 0; i < chars; i++) {
                char c = text.charAt(i);
                length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            }
            return length;
        }
    }

    /** The key of a post, or of the post but its body: of its path, the fingerprint and a digest of its text. */
    private static String postKey(SourceFile source, String fingerprint, String textDigest) {
        return Hashes.sha256(source.path().toString(), source.relativePath(), fingerprint, textDigest);
    }

    /** The body of a post file's text: all of it after the front matter, or nothing without front matter. */
    static String bodyOf(String text) {
        return FrontMatterSplitter.split(text).map(FrontMatterSplitter.Split::body).orElse("");
    }

    /** The body of a post whose file was not read this build, read now. */
    static String unreadBody(Post post, Problems problems) {
        return SourceFiles.read(post.source(), problems).map(FrontMatterStage::bodyOf).orElse("");
    }
}
