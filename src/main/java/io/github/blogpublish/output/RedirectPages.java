package io.github.blogpublish.output;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Page;
import io.github.blogpublish.model.Permalink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * jekyll-redirect-from: each path of a post's or page's {@code redirect_from} gets a page that sends the reader on
 * to it, and a {@code redirect_to} turns the page itself into one, both through layout {@code redirect} (the
 * built-in theme's is the plugin's page; a site's own replaces it); {@code redirects.json} lists every redirect
 * unless {@code redirect_from: {json: false}} or the site has its own. A path that would lead out of the site was
 * reported when the front matter was checked and is left out here; so is a redirect from the page's own address.
 * One from another page's address is an error naming both, where Jekyll silently writes one over the other.
 */
final class RedirectPages {

    private RedirectPages() {
    }

    static List<GeneratedPage> pages(SiteConfig config, List<Map<String, Object>> posts, List<Page> pages) {
        List<GeneratedPage> generated = new ArrayList<>();
        Map<String, String> redirects = new LinkedHashMap<>();
        List<Document> documents = new ArrayList<>();
        // As the plugin goes: the documents written (posts oldest first, then the collections), then the pages.
        for (int i = posts.size() - 1; i >= 0; i--) {
            documents.add(new Document(posts.get(i), String.valueOf(posts.get(i).get("url")),
                    config.sourceDirectory().resolve(String.valueOf(posts.get(i).get("path")))));
        }
        pages.stream().filter(page -> !page.collection().isEmpty() && page.output())
                .forEach(page -> documents.add(Document.of(page)));
        pages.stream().filter(page -> page.collection().isEmpty()).forEach(page -> documents.add(Document.of(page)));
        for (Document document : documents) {
            for (String from : paths(document.data().get("redirect_from"))) {
                if (Permalink.problem(from) != null) {
                    continue; // reported with the front matter
                }
                if (Permalink.outputPath(from).equalsIgnoreCase(Permalink.outputPath(
                        Permalink.decode(document.url()).orElse(document.url())))) {
                    continue; // a redirect from its own address: the page itself stands there, as in Jekyll
                }
                String to = absolute(config, document.url());
                generated.add(redirect(from, to, document.source()));
                redirects.put(from, to);
            }
            List<String> to = paths(document.data().get("redirect_to"));
            if (!to.isEmpty() && (to.get(0).matches("^https?://.*") || Permalink.problem(to.get(0)) == null)) {
                String target = to.get(0).matches("^https?://.*") ? to.get(0) : absolute(config, to.get(0));
                String from = Permalink.decode(document.url()).orElse(document.url());
                Map<String, Object> data = new LinkedHashMap<>(document.data());
                data.put("url", document.url());
                data.put("layout", "redirect");
                data.put("sitemap", false);
                data.put("redirect", Map.of("from", document.url(), "to", target));
                generated.add(new GeneratedPage(Permalink.outputPath(from), Optional.of("redirect"), data,
                        Optional.empty(), "", document.source()));
                redirects.put(document.url(), target);
            }
        }
        boolean json = !(config.custom().get("redirect_from") instanceof Map<?, ?> settings
                && Boolean.FALSE.equals(settings.get("json")))
                && !java.nio.file.Files.exists(config.sourceDirectory().resolve("redirects.json"));
        if (json && !generated.isEmpty()) {
            generated.add(new GeneratedPage("redirects.json", Optional.empty(),
                    Map.of("url", "/redirects.json", "path", "redirects.json", "sitemap", false), Optional.empty(),
                    io.github.blogpublish.template.RubyJson.write(redirects), config.sourceDirectory().resolve("_config.yml")));
        }
        return generated;
    }

    /** A post's or page's data, URL (percent-encoded, as in {@code page.url}) and file. */
    private record Document(Map<String, Object> data, String url, Path source) {
        static Document of(Page page) {
            return new Document(page.frontMatter(), Permalink.encode(page.url()), page.source());
        }
    }

    /** A page at {@code from} sending the reader to {@code to}. */
    private static GeneratedPage redirect(String from, String to, Path source) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("layout", "redirect");
        data.put("sitemap", false);
        data.put("permalink", from);
        data.put("url", Permalink.encode(from));
        data.put("redirect", Map.of("from", from, "to", to));
        return new GeneratedPage(Permalink.outputPath(from), Optional.of("redirect"), data, Optional.empty(), "", source);
    }

    /** The paths of {@code redirect_from} or {@code redirect_to}: one or a list, each with a leading slash. */
    static List<String> paths(Object value) {
        List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        List<String> paths = new ArrayList<>();
        for (Object path : values) {
            if (path != null) {
                String text = String.valueOf(path).strip();
                boolean absolute = text.matches("^https?://.*");
                paths.add(absolute || text.startsWith("/") ? text : "/" + text);
            }
        }
        return paths;
    }

    private static String absolute(SiteConfig config, String url) {
        return config.url() + config.baseurl() + url;
    }
}
