package io.github.blogpublish.output;

import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.template.Hashes;
import io.github.blogpublish.template.LiquidData;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * Each post at its permalink, through its layout chain. With a page cache ({@code blog:serve}) a post page is
 * rendered again only when something it can depend on changed: the templates, its own data, or the site's
 * data. When no template reads other posts' content, the site's data is taken without post contents, so
 * editing one post's text re-renders that post's page alone (lists, feed and search are always made anew).
 */
public final class PostPages implements OutputFormat {

    @Override
    public List<OutputFile> render(SiteContent content, Problems problems) {
        Map<String, byte[]> cache = content.pageCache();
        String common = cache == null ? "" : content.layouts().fingerprint() + siteKey(content.model().site());
        return OutputFormat.inOrder(content.posts().size(), i -> {
            RenderedPost rendered = content.posts().get(i);
            Post post = rendered.post();
            Map<String, Object> page = LiquidData.page(content.postData().get(i), rendered.content());
            String path = Permalink.outputPath(post.url());
            boolean reusable = cache != null && !content.layouts().readsOtherContent(post.layout());
            String key = reusable ? Hashes.sha256(common + post.layout() + page) : null;
            byte[] reused = key == null ? null : cache.get(key);
            if (reused != null) {
                return java.util.Optional.of(new OutputFile(path, reused, post.source()));
            }
            return content.layouts().render(post.layout(), page, content.model(), rendered.content(), post.source(), problems)
                    .map(html -> {
                        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
                        if (key != null) {
                            cache.put(key, bytes);
                        }
                        return new OutputFile(path, bytes, post.source());
                    });
        });
    }

    /** A hash of {@code site} without the content and excerpt of its posts. */
    private static String siteKey(Map<String, Object> site) {
        MessageDigest digest = Hashes.digest();
        site.forEach((key, value) -> {
            digest.update(key.getBytes(StandardCharsets.UTF_8));
            Object summary = switch (key) {
                case "posts" -> ((List<?>) value).stream().map(PostPages::withoutContent).toList();
                case "tags", "categories" -> ((Map<?, ?>) value).entrySet().stream()
                        .map(e -> e.getKey() + "=" + ((List<?>) e.getValue()).stream()
                                .map(p -> ((Map<?, ?>) p).get("url")).toList()).toList();
                default -> value;
            };
            digest.update(String.valueOf(summary).getBytes(StandardCharsets.UTF_8));
        });
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    private static Object withoutContent(Object post) {
        Map<Object, Object> copy = new java.util.LinkedHashMap<>((Map<?, ?>) post);
        copy.remove("content");
        copy.remove("excerpt");
        return copy;
    }
}
