package io.github.blogpublish.build;

import io.github.blogpublish.cache.LinkScan;
import io.github.blogpublish.cache.LinkVerdicts;
import io.github.blogpublish.cache.StageCache;
import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.output.OutputFile;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The check no peer has built in: every internal link and image of the written HTML must lead to a file
 * of the site (and an {@code #anchor} to an id of that page). A broken one is reported at the source file
 * and line where the link is written, before anything is written.
 */
final class LinkCheck {

    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//)");

    private LinkCheck() {
    }

    /** What one HTML page holds for the check: the ids of its elements and its internal links. */
    static LinkScan scan(byte[] html) {
        Set<String> ids = new HashSet<>();
        List<String> links = new java.util.ArrayList<>();
        attributes(html, (name, value) -> {
            if (name.equals("id")) {
                ids.add(value);
            } else {
                String link = unescape(value).strip();
                if (!link.isEmpty() && !EXTERNAL.matcher(link).find()) {
                    links.add(link);
                }
            }
        });
        return new LinkScan(Set.copyOf(ids), List.copyOf(links));
    }

    /**
     * Every quoted {@code id}, {@code href} and {@code src} attribute of a page, with its raw value, as the
     * patterns {@code \\s(href|src)\\s*=\\s*("..."|'...')} and {@code \\sid\\s*=...} would find them in its text
     * (each kind resumes after its last find), but from one pass over the {@code =} signs instead of a regex try
     * at every character, and over the page's UTF-8 bytes: every character the patterns look for is ASCII, and no
     * byte of a character beyond ASCII is, so only the values are decoded. The link check reads every page.
     */
    static void attributes(byte[] html, java.util.function.BiConsumer<String, String> found) {
        int linkResume = 0;
        int idResume = 0;
        for (int eq = indexOf(html, '=', 0); eq >= 0; eq = indexOf(html, '=', eq + 1)) {
            int end = eq - 1;
            while (end >= 0 && isSpace(html[end])) {
                end--;
            }
            String name = attributeName(html, end);
            if (name == null) {
                continue;
            }
            int before = end - name.length(); // the white space the name must follow
            if (before < 0 || !isSpace(html[before])) {
                continue;
            }
            boolean id = name.equals("id");
            if (before < (id ? idResume : linkResume)) {
                continue;
            }
            int open = eq + 1;
            while (open < html.length && isSpace(html[open])) {
                open++;
            }
            if (open >= html.length || html[open] != '"' && html[open] != '\'') {
                continue;
            }
            int close = indexOf(html, html[open], open + 1);
            if (close < 0) {
                continue;
            }
            found.accept(name, new String(html, open + 1, close - open - 1, StandardCharsets.UTF_8));
            if (id) {
                idResume = close + 1;
            } else {
                linkResume = close + 1;
            }
        }
    }

    private static int indexOf(byte[] bytes, int b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static final String[] NAMES = {"href", "src", "id"};

    /** {@code id}, {@code href} or {@code src} when the bytes ending at {@code end} are one of them, else null. */
    private static String attributeName(byte[] html, int end) {
        for (String name : NAMES) {
            int start = end - name.length() + 1;
            if (start >= 0 && matches(html, start, name)) {
                return name;
            }
        }
        return null;
    }

    private static boolean matches(byte[] html, int start, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (html[start + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code \\s} of java.util.regex: space, tab, new line, vertical tab, form feed, carriage return. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The link check stage: the site's files, with what the incremental build's cache kept of earlier checks. */
    static void checkSite(List<OutputFile> files, SiteConfig config, StageCache.Links cache, Problems problems) {
        ConfigAssets.check(files, config, problems);
        cache.linkVerdicts(check(files, config.baseurl(), config.brokenLinksWarn(), problems, cache.linkScans(),
                cache.linkVerdicts()));
    }

    /**
     * @param files   every output of the build
     * @param baseurl the site's base URL ({@code ""} or {@code /blog})
     * @param warn    whether broken links are warnings rather than errors
     * @param scans   the scans of the last build by page checksum (every kept page has one), replaced by this
     *                build's; null when nothing is kept between builds (then no file needs its checksum)
     * @param last    what the last check found ({@link LinkVerdicts#NONE} for nothing)
     * @return what this check found
     */
    static LinkVerdicts check(List<OutputFile> files, String baseurl, boolean warn, Problems problems,
                          Map<String, LinkScan> scans, LinkVerdicts last) {
        Set<String> paths = new HashSet<>();
        files.forEach(file -> paths.add(file.path()));
        Map<String, LinkScan> current = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, LinkScan> byPath = new java.util.concurrent.ConcurrentHashMap<>();
        files.parallelStream().filter(LinkCheck::html).forEach(file -> {
            LinkScan kept = scans == null || file.checksum() == null ? null : scans.get(file.checksum());
            LinkScan scan = kept != null ? kept : scan(file.content());
            if (file.checksum() != null) {
                current.put(file.checksum(), scan);
            }
            byPath.put(file.path(), scan);
        });
        // A page's ids are read from its scan when a link to it is checked: a re-run checks few pages.
        java.util.function.Function<String, Set<String>> ids = path -> {
            LinkScan scan = byPath.get(path);
            return scan == null ? null : scan.ids();
        };
        // Only a build that keeps things for the next one needs the digest.
        String world = scans == null ? "" : world(baseurl, paths, byPath);
        Set<String> wasClean = scans != null && world.equals(last.world()) ? last.clean() : Set.of();
        Set<String> clean = java.util.concurrent.ConcurrentHashMap.newKeySet();
        // A source with many broken links is read once.
        Map<Path, List<String>> sourceLines = new java.util.concurrent.ConcurrentHashMap<>();
        // Most links recur on many pages (home, feed, tags): each is resolved once. A link that starts with a slash
        // means the same from every page; any other, only from the same page.
        Map<String, String> resolved = new java.util.concurrent.ConcurrentHashMap<>();
        files.parallelStream().filter(LinkCheck::html).forEach(file -> {
            String page = file.checksum() == null ? null : file.path() + "\u0000" + file.checksum();
            if (page != null && wasClean.contains(page)) {
                clean.add(page);
                return;
            }
            boolean broken = checkPage(file, byPath.get(file.path()).links(), baseurl, warn, paths, ids, resolved,
                    sourceLines, problems);
            if (page != null && !broken) {
                clean.add(page);
            }
        });
        if (scans != null) {
            scans.clear();
            scans.putAll(current);
        }
        return scans == null ? LinkVerdicts.NONE : new LinkVerdicts(world, Set.copyOf(clean));
    }

    /**
     * Reports each broken link of one page; whether there was one.
     *
     * @param ids         the ids of the page at a path; null for a path that is no page
     * @param resolved    what each link was found to be, shared by the pages of one check
     * @param sourceLines the lines of the sources read so far
     */
    private static boolean checkPage(OutputFile file, List<String> links, String baseurl, boolean warn,
                                     Set<String> paths, java.util.function.Function<String, Set<String>> ids,
                                     Map<String, String> resolved, Map<Path, List<String>> sourceLines,
                                     Problems problems) {
        boolean broken = false;
        for (String link : links) {
            // A link that starts with a slash means the same from every page; any other, only from the same page.
            String problem = resolved.computeIfAbsent((link.startsWith("/") ? "" : file.path()) + "\u0000" + link,
                    key -> Objects.requireNonNullElse(problem(file.path(), link, baseurl, paths, ids), ""));
            if (!problem.isEmpty()) {
                broken = true;
                int line = file.origin() == null ? 0 : lineIn(sourceLines.computeIfAbsent(file.origin(), LinkCheck::lines), link);
                report(file, link, line, problem, baseurl, warn, problems);
            }
        }
        return broken;
    }

    /**
     * The link check of an edit of post bodies ({@code blog:serve}): the same files at the same paths as the last
     * build, some pages made again. Those are checked, against the others, as nothing else changed; and when one of
     * them has other ids than before, so is every other page with a link to one of its anchors (it may have broken
     * or mended).
     *
     * @param last   the last build's files by path, the same paths as now
     * @param remade the pages made again, each with its checksum
     * @param scans  the scans of pages by checksum, the last build's; the new pages' are added
     * @return false when a page made again has no scan of the last build to compare with: check the whole site
     */
    static boolean checkEdited(Map<String, OutputFile> last, List<OutputFile> remade, SiteConfig config,
                               Map<String, LinkScan> scans, Problems problems) {
        List<OutputFile> pages = remade.stream().filter(LinkCheck::html).toList();
        Map<String, LinkScan> now = new java.util.HashMap<>();
        Set<String> moved = new HashSet<>();
        for (OutputFile page : pages) {
            OutputFile was = last.get(page.path());
            LinkScan before = was == null || was.checksum() == null ? null : scans.get(was.checksum());
            if (before == null) {
                return false;
            }
            LinkScan scan = scan(page.content());
            if (!before.ids().equals(scan.ids())) {
                moved.add(page.path());
            }
            now.put(page.path(), scan);
        }
        java.util.function.Function<OutputFile, LinkScan> scanOf = file -> {
            LinkScan known = now.containsKey(file.path()) ? now.get(file.path())
                    : file.checksum() == null ? null : scans.get(file.checksum());
            return known != null ? known : scan(file.content());
        };
        java.util.function.Function<String, Set<String>> ids = path -> {
            OutputFile file = last.get(path);
            return file == null || !html(file) ? null : scanOf.apply(file).ids();
        };
        String baseurl = config.baseurl();
        List<OutputFile> checked = new java.util.ArrayList<>(pages);
        if (!moved.isEmpty()) {
            // Every page's links, looked at for a #anchor into a page whose ids changed: a heading was renamed.
            checked.addAll(last.values().parallelStream().filter(file -> html(file) && !now.containsKey(file.path()))
                    .filter(file -> scanOf.apply(file).links().stream().anyMatch(link -> link.indexOf('#') >= 0
                            && moved.contains(target(file.path(), link, baseurl, last.keySet()).path())))
                    .toList());
        }
        Map<String, String> resolved = new java.util.HashMap<>();
        Map<Path, List<String>> sourceLines = new java.util.HashMap<>();
        for (OutputFile page : checked) {
            checkPage(page, scanOf.apply(page).links(), baseurl, config.brokenLinksWarn(), last.keySet(), ids, resolved,
                    sourceLines, problems);
        }
        pages.forEach(page -> scans.put(page.checksum(), now.get(page.path())));
        return true;
    }

    /** A digest of what links resolve against: the base URL, every path, and the ids of every page. */
    private static String world(String baseurl, Set<String> paths, Map<String, LinkScan> scans) {
        // Each path, then its page's ids as their scan saves them (sorted; no scan read just for this) or, for a
        // file that is no page, one byte no saved ids are. Megabytes: the checksum, not SHA-256, which runs as plain
        // Java without the optimizing compiler.
        List<byte[]> pieces = new java.util.ArrayList<>(2 * paths.size() + 1);
        pieces.add(baseurl.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] noPage = {-1};
        paths.stream().sorted().forEach(path -> {
            LinkScan scan = scans.get(path);
            pieces.add(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            pieces.add(scan == null ? noPage : scan.idBytes());
        });
        return io.github.blogpublish.template.Hashes.checksum(pieces);
    }

    /** Why a link from the page at {@code from} leads nowhere, or null when it resolves. */
    static String problem(String from, String link, String baseurl, Set<String> paths,
                          java.util.function.Function<String, Set<String>> ids) {
        Target target = target(from, link, baseurl, paths);
        if (target.problem() != null) {
            return target.problem();
        }
        String anchor = target.anchor();
        Set<String> targetIds = anchor == null || anchor.isEmpty() ? null : ids.apply(target.path());
        if (targetIds != null && !targetIds.contains(decode(anchor))) {
            return "the page has no element with id \"" + decode(anchor) + "\"";
        }
        return null;
    }

    /**
     * Where a link leads.
     *
     * @param path    the file of the site, or null
     * @param anchor  what follows its {@code #}, as written; null for none
     * @param problem why it leads to no file; null when it does
     */
    private record Target(String path, String anchor, String problem) {
    }

    private static Target target(String from, String link, String baseurl, Set<String> paths) {
        int query = link.indexOf('?');
        String withoutQuery = query < 0 ? link : link.substring(0, query);
        int hash = withoutQuery.indexOf('#');
        String anchor = hash >= 0 ? withoutQuery.substring(hash + 1) : null;
        String target = hash >= 0 ? withoutQuery.substring(0, hash) : withoutQuery;
        String path;
        if (target.isEmpty()) {
            path = from;
        } else if (target.startsWith("/")) {
            if (!baseurl.isEmpty() && !(target.equals(baseurl) || target.startsWith(baseurl + "/"))) {
                return new Target(null, anchor, "it does not start with the base URL " + baseurl);
            }
            path = target.substring(baseurl.length());
        } else {
            int slash = from.lastIndexOf('/');
            path = (slash < 0 ? "" : from.substring(0, slash + 1)) + target;
        }
        String resolved = resolve(decode(path), paths);
        return resolved == null ? new Target(null, anchor, "no file of the site is there") : new Target(resolved, anchor, null);
    }

    /** The written file a site path means, as a static server would find it, or null. */
    private static String resolve(String path, Set<String> paths) {
        String normal = normalize(path);
        if (normal == null) {
            return null;
        }
        if (normal.isEmpty() || normal.endsWith("/")) {
            return paths.contains(normal + "index.html") ? normal + "index.html" : null;
        }
        if (paths.contains(normal)) {
            return normal;
        }
        for (String candidate : List.of(normal + ".html", normal + "/index.html")) {
            if (paths.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Removes leading slashes and {@code .} segments and applies {@code ..}; null when it climbs out of the site. */
    private static String normalize(String path) {
        boolean directory = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..");
        return Permalink.resolveDots(path).map(joined -> directory && !joined.isEmpty() ? joined + "/" : joined)
                .orElse(null);
    }

    private static void report(OutputFile file, String link, int line, String why, String baseurl, boolean warn,
                               Problems problems) {
        String message = "broken link in " + file.path() + ": " + link + " (" + why + ")";
        String hint = why.startsWith("it does not start with the base URL")
                ? "write the link with {{ '" + link + "' | relative_url }} so it gets the base URL " + baseurl
                : "point it at a page or file of the site, or fix its spelling";
        SourceLocation at = SourceLocation.at(file.origin(), line, 0);
        problems.report(Rule.BROKEN_LINK, at, message, hint);
    }

    /** The lines of a source file; none when it is not a readable file. */
    private static List<String> lines(Path origin) {
        if (!Files.isRegularFile(origin)) {
            return List.of();
        }
        try {
            return Files.readAllLines(origin, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The first line that holds the link as written (or as its path), 0 when the layout made it. */
    private static int lineIn(List<String> lines, String link) {
        String decoded = decode(link);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(link) || lines.get(i).contains(decoded)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean html(OutputFile file) {
        return !file.isCopy() && file.path().endsWith(".html");
    }

    /** The text decoded, or as it is when an escape is malformed. */
    private static String decode(String text) {
        return Permalink.decode(text).orElse(text);
    }

    private static String unescape(String attribute) {
        return attribute.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
