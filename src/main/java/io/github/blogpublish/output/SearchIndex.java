package io.github.blogpublish.output;

import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;
import io.github.blogpublish.template.Hashes;
import io.github.blogpublish.template.LayoutEngine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /search.json}: title, URL, date, tags and text of every post, for client-side search (and with the
 * built-in template {@code /search.js}, the same for the built-in theme's search on pages opened from disk). A site's own
 * {@code _layouts/search.json} renders it as any layout; the built-in one is made here instead, entry by entry
 * with the very filters its template names, side by side, each entry reused while its post's data and content
 * stay: the template's one loop over 10,000 posts was the longest step of a re-run. A test holds the two to the
 * same bytes.
 */
public final class SearchIndex implements Generator {

    static final String PATH = "search.json";
    /** The index as a script that hands it to {@code window.blogSearchIndex}, for pages read from disk. */
    static final String SCRIPT_PATH = "search.js";
    static final String LAYOUT = "search";
    private static final Long TEXT_LENGTH = 1000L;

    @Override
    public List<OutputFile> render(SiteContent content, Problems problems) {
        if (content.ownPaths().contains(PATH)) {
            return List.of();
        }
        if (!content.layouts().isBuiltIn(LAYOUT)) {
            return new TemplateOutput(PATH, LAYOUT, "Search").render(content, problems);
        }
        // What every entry's key holds: the template and the base URL its filters use.
        String common = Hashes.sha256(LAYOUT, content.layouts().fingerprint(), content.model().site().get("baseurl"));
        java.util.concurrent.atomic.AtomicBoolean changed = new java.util.concurrent.atomic.AtomicBoolean();
        List<Optional<byte[]>> entries = java.util.stream.IntStream.range(0, content.posts().size()).parallel()
                .mapToObj(i -> entry(content, i, common, changed, problems)).toList();
        if (entries.stream().anyMatch(Optional::isEmpty)) {
            return List.of(); // reported
        }
        // An edit of post text past what the index shows (its first thousand characters): the last build's files, not
        // 38 MB made again (arrays that large are the garbage collector's costliest kind).
        OutputFile lastIndex = content.reuse() == null ? null : content.reuse().lastFile(PATH);
        OutputFile lastScript = content.reuse() == null ? null : content.reuse().lastFile(SCRIPT_PATH);
        if (!changed.get() && lastIndex != null && (lastScript != null || content.ownPaths().contains(SCRIPT_PATH))) {
            return lastScript == null ? List.of(lastIndex) : List.of(lastIndex, lastScript);
        }
        java.nio.file.Path origin = content.config().sourceDirectory();
        List<byte[]> made = entries.stream().map(Optional::get).toList();
        boolean withScript = !content.ownPaths().contains(SCRIPT_PATH);
        PageReuse reuse = content.reuse();
        if (reuse == null || reuse.editing()) {
            byte[] index = index(made);
            OutputFile json = new OutputFile(PATH, index, origin);
            return withScript ? List.of(json, new OutputFile(SCRIPT_PATH, script(index), origin)) : List.of(json);
        }
        // A build that keeps pages: the files made of the same entries are the last build's, kept in the site folder,
        // not 38 MB made again and compared at 10,000 posts.
        String key = Hashes.checksum(made);
        OutputFile json = reuse.keptOrMade(PATH, key, origin, () -> index(made));
        return !withScript ? List.of(json) : List.of(json, reuse.keptOrMade(SCRIPT_PATH, key, origin,
                () -> script(json.isKept() ? index(made) : json.content())));
    }

    /**
     * The index as the template writes it: "[", each entry on its own line, commas between, then "]". In UTF-8
     * throughout, made at its size: the index of 10,000 posts is 19 MB.
     */
    private static byte[] index(List<byte[]> entries) {
        byte[] end = "\n]\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[1 + entries.stream().mapToInt(e -> e.length).sum()
                + Math.max(0, entries.size() - 1) + end.length];
        bytes[0] = '[';
        int at = 1;
        for (int i = 0; i < entries.size(); i++) {
            byte[] entry = entries.get(i);
            System.arraycopy(entry, 0, bytes, at, entry.length);
            at += entry.length;
            if (i + 1 < entries.size()) {
                bytes[at++] = ',';
            }
        }
        System.arraycopy(end, 0, bytes, at, end.length);
        return bytes;
    }

    /** The same index as a script, for the built-in theme's search on a page opened from disk (no fetch there). */
    private static byte[] script(byte[] index) {
        byte[] call = "window.blogSearchIndex(".getBytes(StandardCharsets.UTF_8);
        byte[] close = ");\n".getBytes(StandardCharsets.UTF_8);
        byte[] script = new byte[call.length + index.length + close.length];
        System.arraycopy(call, 0, script, 0, call.length);
        System.arraycopy(index, 0, script, call.length, index.length);
        System.arraycopy(close, 0, script, call.length + index.length, close.length);
        return script;
    }

    /** One post's line, reused from the last build when what it shows is the same. */
    private static Optional<byte[]> entry(SiteContent content, int index, String common,
                                          java.util.concurrent.atomic.AtomicBoolean changed, Problems problems) {
        RenderedPost rendered = content.posts().get(index);
        Map<String, Object> post = content.postData().get(index);
        byte[] unchanged = content.reuse() == null ? null : content.reuse().unchangedEntry(index, rendered);
        if (unchanged != null) {
            return Optional.of(unchanged);
        }
        Optional<byte[]> made = make(content, index, rendered, post, common, problems);
        made.ifPresent(entry -> {
            if (content.reuse() == null || content.reuse().entry(index, entry)) {
                changed.set(true);
            }
        });
        return made;
    }

    private static Optional<byte[]> make(SiteContent content, int index, RenderedPost rendered, Map<String, Object> post,
                                         String common, Problems problems) {
        Map<String, byte[]> kept = content.reuse() == null || rendered.source() == null ? null : content.reuse().fragments();
        // What the entry shows of the post (title, URL, date, tags) is part of its item of site.posts; its text, of
        // the rendered body. Three digests side by side: no hashing per entry.
        String key = kept == null ? null : common + content.reuse().postDigest(index) + '/' + rendered.source();
        byte[] reused = key == null ? null : kept.get(key);
        if (reused != null) {
            return Optional.of(reused);
        }
        try {
            var filter = content.layouts().filters(content.model());
            // strip_html | normalize_whitespace | truncate: 1000, from as much of the post as the first thousand
            // characters (code points, if truncate counted them) need: whatever truncate counts, a longer text
            // is cut within the first 2,002 characters, and one as short is whole.
            Object text = filter.apply("truncate", LayoutEngine.strippedTextPrefix(rendered.content(),
                    2 * TEXT_LENGTH.intValue() + 2), TEXT_LENGTH);
            String entry = "\n{\"title\":" + filter.apply("jsonify", post.get("title"))
                    + ",\"url\":" + filter.apply("jsonify", filter.apply("relative_url", post.get("url")))
                    + ",\"date\":" + filter.apply("jsonify", filter.apply("date_to_xmlschema", post.get("date")))
                    + ",\"tags\":" + filter.apply("jsonify", post.get("tags"))
                    + ",\"text\":" + filter.apply("jsonify", text) + "}";
            byte[] bytes = entry.getBytes(StandardCharsets.UTF_8);
            if (key != null) {
                kept.put(key, bytes);
            }
            return Optional.of(bytes);
        } catch (RuntimeException e) {
            Post source = rendered.post();
            problems.report(Rule.RENDER_FAILED, SourceLocation.of(source.source()),
                    "the search index entry of this post failed: " + e.getMessage(),
                    "check the post's title, date and tags");
            return Optional.empty();
        }
    }
}
