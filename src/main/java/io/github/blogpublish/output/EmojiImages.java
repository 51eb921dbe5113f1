package io.github.blogpublish.output;

import io.github.blogpublish.config.SiteConfig;
import net.fellbaum.jemoji.Emoji;
import net.fellbaum.jemoji.EmojiManager;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * jemoji: in every HTML page of a site that lists it, {@code :smile:} and the other GitHub emoji names become the
 * plugin's image, {@code <img class="emoji" title=":smile:" alt=":smile:" src="…/emoji/unicode/1f604.png"
 * height="20" width="20">}, from GitHub's emoji images or {@code emoji: src:} of {@code _config.yml}. Only the
 * {@code <body>} is touched (the whole page when it has none), never text in {@code pre}, {@code code} or
 * {@code tt}, nor in {@code script} or {@code style}, nor inside a tag. The names are GitHub's (net.fellbaum's
 * jemoji list); gemoji's few custom images ({@code :octocat:}) are not among them.
 */
public final class EmojiImages {

    /** jemoji's default image root, GitHub's. */
    static final String GITHUB = "https://github.githubassets.com/images/icons/";

    private static final Pattern NAME = Pattern.compile(":([a-z0-9_+-]+):");
    private static final Pattern BODY = Pattern.compile("<body[^>]*>\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SKIPPED = Pattern.compile("<(pre|code|tt|script|style)\\b", Pattern.CASE_INSENSITIVE);

    private final String root;

    private EmojiImages(String root) {
        this.root = root;
    }

    /** The pass for this site: present when {@code _config.yml} lists jemoji. */
    public static Optional<EmojiImages> of(SiteConfig config) {
        if (!config.plugins().contains("jemoji")) {
            return Optional.empty();
        }
        Object src = config.custom().get("emoji") instanceof Map<?, ?> emoji ? emoji.get("src") : null;
        return Optional.of(new EmojiImages(src instanceof String own && !own.isBlank() ? own : GITHUB));
    }

    /** The page with the names of its body as images. */
    String emojify(String html) {
        if (html.indexOf(':') < 0) {
            return html;
        }
        int from = 0;
        int to = html.length();
        Matcher body = BODY.matcher(html);
        if (html.contains("<body") && body.find()) {
            from = body.end();
            int end = html.indexOf("</body>", from);
            to = end < 0 ? html.length() : end;
        }
        StringBuilder out = new StringBuilder(html.length() + 64).append(html, 0, from);
        int at = from;
        while (at < to) {
            int tag = html.indexOf('<', at);
            int textEnd = tag < 0 || tag > to ? to : tag;
            out.append(names(html.substring(at, textEnd)));
            if (textEnd == to) {
                break;
            }
            int close = skippedUntil(html, tag, to);
            out.append(html, tag, close);
            at = close;
        }
        return out.append(html, to, html.length()).toString();
    }

    /** Where the markup starting at {@code tag} ends: after the tag, or after the element whose text is left alone. */
    private static int skippedUntil(String html, int tag, int limit) {
        Matcher skipped = SKIPPED.matcher(html).region(tag, limit);
        if (skipped.lookingAt()) {
            String name = skipped.group(1).toLowerCase(Locale.ROOT);
            int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, tag);
            if (end >= 0 && end < limit) {
                int gt = html.indexOf('>', end);
                return gt < 0 ? limit : Math.min(limit, gt + 1);
            }
            return limit;
        }
        int gt = html.indexOf('>', tag);
        return gt < 0 ? limit : Math.min(limit, gt + 1);
    }

    private String names(String text) {
        if (text.indexOf(':') < 0) {
            return text;
        }
        Matcher name = NAME.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        int last = 0;
        while (name.find()) {
            Optional<Emoji> emoji = EmojiManager.getByGithubAlias(name.group());
            if (emoji.isPresent()) {
                out.append(text, last, name.start()).append(image(name.group(), emoji.get()));
                last = name.end();
            }
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    private String image(String alias, Emoji emoji) {
        StringBuilder hex = new StringBuilder();
        emoji.getEmoji().codePoints().forEach(c -> hex.append(hex.length() == 0 ? "" : "-")
                .append(String.format(Locale.ROOT, "%04x", c)));
        String file = hex.toString().replaceAll("-(fe0f|200d)\\b", "");
        String src = root.endsWith("/") ? root : root + "/";
        return "<img class=\"emoji\" title=\"" + alias + "\" alt=\"" + alias + "\" src=\"" + src + "emoji/unicode/" + file
                + ".png\" height=\"20\" width=\"20\">";
    }
}
