package io.github.blogpublish.template;

import liqp.TemplateContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code {% seo %}} as jekyll-seo-tag 2.8 writes it, line for line: the title, the author, Open Graph, Twitter and
 * Facebook tags, the webmasters' verifications and the JSON-LD description of the page, each value found where the
 * plugin looks for it ({@code page}, {@code site}, {@code site.social}, {@code site.data.authors}, the
 * {@code paginator}). Texts go through the plugin's steps (Markdown, HTML stripped, white space joined, escaped once).
 * The one line that differs is the generator, which names this plugin.
 */
final class SeoTag {

    private static final String SEPARATOR = " | ";
    private static final Pattern HOMEPAGE_OR_ABOUT = Pattern.compile("^/(about/)?(index.html?)?$");
    private static final Pattern ABSOLUTE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private final TemplateContext context;
    private final Map<String, Object> site;
    private final Map<String, Object> page;
    private final Map<String, Object> paginator;

    private SeoTag(TemplateContext context) {
        this.context = context;
        this.site = JekyllTags.model(context).site();
        this.page = JekyllTags.map(context.get("page"));
        this.paginator = JekyllTags.map(context.get("paginator"));
    }

    /** The tag's output for the page being rendered; {@code arguments} may say {@code title=false}. */
    static String render(TemplateContext context, String arguments) {
        return new SeoTag(context).render(!arguments.toLowerCase(java.util.Locale.ROOT).contains("title=false"));
    }

    private String render(boolean showTitle) {
        StringBuilder out = new StringBuilder("<!-- Begin Jekyll SEO tag v2.8.0 -->\n");
        String title = title();
        if (showTitle && title != null) {
            line(out, "<title>" + title + "</title>");
        }
        line(out, "<meta name=\"generator\" content=\"blog-maven-plugin\" />");
        String pageTitle = pageTitle();
        if (pageTitle != null) {
            line(out, "<meta property=\"og:title\" content=\"" + pageTitle + "\" />");
        }
        Map<?, ?> author = author();
        if (present(author.get("name"))) {
            line(out, "<meta name=\"author\" content=\"" + text(author.get("name")) + "\" />");
        }
        line(out, "<meta property=\"og:locale\" content=\"" + locale() + "\" />");
        String description = description();
        if (description != null) {
            line(out, "<meta name=\"description\" content=\"" + description + "\" />");
            line(out, "<meta property=\"og:description\" content=\"" + description + "\" />");
        }
        if (site.get("url") != null) {
            line(out, "<link rel=\"canonical\" href=\"" + canonicalUrl() + "\" />");
            line(out, "<meta property=\"og:url\" content=\"" + canonicalUrl() + "\" />");
        }
        if (siteTitle() != null) {
            line(out, "<meta property=\"og:site_name\" content=\"" + siteTitle() + "\" />");
        }
        Map<String, Object> image = image();
        if (image != null) {
            line(out, "<meta property=\"og:image\" content=\"" + image.get("path") + "\" />");
            for (String key : List.of("height", "width", "alt")) {
                if (present(image.get(key))) {
                    line(out, "<meta property=\"og:image:" + key + "\" content=\"" + text(image.get(key)) + "\" />");
                }
            }
        }
        if (present(page.get("date"))) {
            line(out, "<meta property=\"og:type\" content=\"article\" />");
            line(out, "<meta property=\"article:published_time\" content=\"" + xmlSchema(page.get("date")) + "\" />");
        } else {
            line(out, "<meta property=\"og:type\" content=\"website\" />");
        }
        if (present(paginator.get("previous_page"))) {
            line(out, "<link rel=\"prev\" href=\"" + filter("absolute_url", paginator.get("previous_page_path")) + "\" />");
        }
        if (present(paginator.get("next_page"))) {
            line(out, "<link rel=\"next\" href=\"" + filter("absolute_url", paginator.get("next_page_path")) + "\" />");
        }
        twitter(out, image, pageTitle, author);
        facebookAndVerifications(out);
        line(out, "<script type=\"application/ld+json\">");
        out.append(RubyJson.write(jsonLd(author, image, pageTitle, description))).append("</script>\n");
        return out.append("<!-- End Jekyll SEO tag -->\n").toString();
    }

    private void twitter(StringBuilder out, Map<String, Object> image, String pageTitle, Map<?, ?> author) {
        if (image != null) {
            Object card = JekyllTags.map(page.get("twitter")).get("card");
            if (!present(card)) {
                card = JekyllTags.map(site.get("twitter")).get("card");
            }
            line(out, "<meta name=\"twitter:card\" content=\"" + (present(card) ? text(card) : "summary_large_image") + "\" />");
            line(out, "<meta property=\"twitter:image\" content=\"" + image.get("path") + "\" />");
        } else {
            line(out, "<meta name=\"twitter:card\" content=\"summary\" />");
        }
        if (image != null && present(image.get("alt"))) {
            line(out, "<meta name=\"twitter:image:alt\" content=\"" + text(image.get("alt")) + "\" />");
        }
        if (pageTitle != null) {
            line(out, "<meta property=\"twitter:title\" content=\"" + pageTitle + "\" />");
        }
        if (present(site.get("twitter"))) {
            line(out, "<meta name=\"twitter:site\" content=\"@" + text(JekyllTags.map(site.get("twitter")).get("username"))
                    .replace("@", "") + "\" />");
            Object handle = author.get("twitter") != null ? author.get("twitter") : author.get("name");
            if (handle instanceof String twitter && !twitter.isEmpty()) {
                line(out, "<meta name=\"twitter:creator\" content=\"@" + twitter.replaceFirst("^@", "").replace("@", "")
                        + "\" />");
            }
        }
    }

    private void facebookAndVerifications(StringBuilder out) {
        Map<String, Object> facebook = JekyllTags.map(site.get("facebook"));
        if (present(site.get("facebook"))) {
            optional(out, "<meta property=\"fb:admins\" content=\"", facebook.get("admins"));
            optional(out, "<meta property=\"article:publisher\" content=\"", facebook.get("publisher"));
            optional(out, "<meta property=\"fb:app_id\" content=\"", facebook.get("app_id"));
        }
        if (present(site.get("webmaster_verifications"))) {
            Map<String, Object> verify = JekyllTags.map(site.get("webmaster_verifications"));
            optional(out, "<meta name=\"google-site-verification\" content=\"", verify.get("google"));
            optional(out, "<meta name=\"msvalidate.01\" content=\"", verify.get("bing"));
            optional(out, "<meta name=\"alexaVerifyID\" content=\"", verify.get("alexa"));
            optional(out, "<meta name=\"yandex-verification\" content=\"", verify.get("yandex"));
            optional(out, "<meta name=\"baidu-site-verification\" content=\"", verify.get("baidu"));
            optional(out, "<meta name=\"facebook-domain-verification\" content=\"", verify.get("facebook"));
        } else {
            optional(out, "<meta name=\"google-site-verification\" content=\"", site.get("google_site_verification"));
        }
    }

    private static void optional(StringBuilder out, String start, Object value) {
        if (present(value)) {
            line(out, start + text(value) + "\" />");
        }
    }

    /** The JSON-LD object: its keys sorted, those without a value left out. */
    private Map<String, Object> jsonLd(Map<?, ?> author, Map<String, Object> image, String pageTitle,
                                       String description) {
        Map<String, Object> json = new TreeMap<>();
        json.put("@context", "https://schema.org");
        String type = type();
        json.put("@type", type);
        Object authorType = author.get("type");
        if (present(author.get("name")) && (authorType == null || List.of("Organization", "Person").contains(authorType))) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("@type", authorType == null ? "Person" : authorType);
            person.put("name", author.get("name"));
            if (author.get("url") != null) {
                person.put("url", author.get("url"));
            }
            json.put("author", person);
        }
        Object modified = JekyllTags.map(page.get("seo")).get("date_modified");
        for (Object date : new Object[] {modified, page.get("last_modified_at"), page.get("date")}) {
            if (present(date)) {
                json.put("dateModified", xmlSchema(date));
                break;
            }
        }
        if (present(page.get("date"))) {
            json.put("datePublished", xmlSchema(page.get("date")));
        }
        json.put("description", description);
        json.put("headline", pageTitle);
        if (image != null) {
            json.put("image", image.size() == 1 ? image.get("path") : imageObject(image));
        }
        if (List.of("BlogPosting", "CreativeWork").contains(type)) {
            json.put("mainEntityOfPage", JsonOrder.of("@type", "WebPage", "@id", canonicalUrl()));
        }
        json.put("name", name());
        String logo = logo();
        if (logo != null) {
            Map<String, Object> publisher = JsonOrder.of("@type", "Organization", "logo",
                    JsonOrder.of("@type", "ImageObject", "url", logo));
            if (present(author.get("name"))) {
                publisher.put("name", author.get("name"));
            }
            json.put("publisher", publisher);
        }
        json.put("sameAs", links());
        json.put("url", canonicalUrl());
        json.values().removeIf(java.util.Objects::isNull);
        return json;
    }

    /** An image with more than a path, as the plugin describes it: its other keys, then url and @type. */
    private static Map<String, Object> imageObject(Map<String, Object> image) {
        Map<String, Object> object = new LinkedHashMap<>(image);
        object.put("url", object.remove("path"));
        object.put("@type", "imageObject");
        return object;
    }

    /** Small ordered maps for the JSON-LD's inner objects. */
    private static final class JsonOrder {
        static Map<String, Object> of(Object... keysAndValues) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
            return map;
        }
    }

    private String siteTitle() {
        return format(present(site.get("title")) ? site.get("title") : site.get("name"));
    }

    private String pageTitle() {
        String own = format(page.get("title"));
        return own != null ? own : siteTitle();
    }

    private String title() {
        String siteTitle = siteTitle();
        String pageTitle = pageTitle();
        String title;
        if (siteTitle != null && !pageTitle.equals(siteTitle)) {
            title = pageTitle + SEPARATOR + siteTitle;
        } else if (format(site.get("description")) != null && siteTitle != null) {
            String tagline = format(site.get("tagline"));
            title = siteTitle + SEPARATOR + (tagline != null ? tagline : format(site.get("description")));
        } else {
            title = pageTitle != null ? pageTitle : siteTitle;
        }
        Object current = paginator.get("page");
        if (title != null && current instanceof Number number && number.intValue() > 1) {
            String message = present(site.get("seo_paginator_message")) ? text(site.get("seo_paginator_message"))
                    : "Page %<current>s of %<total>s for ";
            title = message.replace("%<current>s", text(current)).replace("%<total>s", text(paginator.get("total_pages")))
                    + title;
        }
        return title;
    }

    private String description() {
        Object own = page.get("description") != null ? page.get("description") : page.get("excerpt");
        String description = format(own);
        return description != null ? description : format(site.get("description"));
    }

    private boolean homepageOrAbout() {
        return HOMEPAGE_OR_ABOUT.matcher(text(page.get("url"))).matches();
    }

    private String name() {
        Object seoName = JekyllTags.map(page.get("seo")).get("name");
        if (seoName != null) {
            return format(seoName);
        }
        if (!homepageOrAbout()) {
            return null;
        }
        Object socialName = JekyllTags.map(site.get("social")).get("name");
        return socialName != null ? format(socialName) : siteTitle();
    }

    private String type() {
        Object own = JekyllTags.map(page.get("seo")).get("type");
        return own != null ? text(own) : homepageOrAbout() ? "WebSite" : present(page.get("date")) ? "BlogPosting" : "WebPage";
    }

    private Object links() {
        Object own = JekyllTags.map(page.get("seo")).get("links");
        return own != null ? own : homepageOrAbout() ? JekyllTags.map(site.get("social")).get("links") : null;
    }

    private String logo() {
        if (!present(site.get("logo"))) {
            return null;
        }
        String logo = text(site.get("logo"));
        return String.valueOf(filter("uri_escape", ABSOLUTE.matcher(logo).matches() ? logo : filter("absolute_url", logo)));
    }

    private String locale() {
        Object lang = present(page.get("lang")) ? page.get("lang") : present(site.get("lang")) ? site.get("lang") : "en_US";
        Object locale = present(page.get("locale")) ? page.get("locale") : present(site.get("locale")) ? site.get("locale") : lang;
        return text(locale).replace('-', '_');
    }

    private String canonicalUrl() {
        String own = text(page.get("canonical_url"));
        return own.isEmpty() ? text(filter("absolute_url", page.get("url"))).replaceFirst("/index\\.html$", "/") : own;
    }

    /**
     * The page's author, as the plugin resolves it: {@code page.author}, the first of {@code page.authors}, or
     * {@code site.author}; a name is looked up in {@code site.data.authors}.
     */
    private Map<?, ?> author() {
        Object resolved = null;
        List<?> authors = page.get("authors") instanceof List<?> list && !list.isEmpty() ? list : null;
        for (Object candidate : new Object[] {page.get("author"), authors == null ? null : authors.get(0), site.get("author")}) {
            if (candidate != null && !text(candidate).isEmpty()) {
                resolved = candidate;
                break;
            }
        }
        if (resolved instanceof Map<?, ?> map) {
            return map;
        }
        if (resolved instanceof String name) {
            Map<Object, Object> author = new LinkedHashMap<>();
            author.put("name", name);
            Object known = JekyllTags.map(JekyllTags.map(site.get("data")).get("authors")).get(name);
            if (known instanceof Map<?, ?> data) {
                author.putAll(data);
            }
            return author;
        }
        return Map.of();
    }

    /** {@code page.image}: a path, or a map with {@code path} (else {@code facebook}, {@code twitter}) and more. */
    private Map<String, Object> image() {
        Object meta = page.get("image");
        Map<String, Object> image = new LinkedHashMap<>();
        Object raw;
        if (meta instanceof Map<?, ?> map) {
            image.put("path", null);
            map.forEach((key, value) -> image.put(String.valueOf(key), value));
            raw = map.get("path") != null ? map.get("path") : map.get("facebook") != null ? map.get("facebook") : map.get("twitter");
        } else {
            raw = meta instanceof String ? meta : null;
        }
        if (raw == null) {
            return null;
        }
        Object absolute = raw instanceof String path && !ABSOLUTE.matcher(path).matches() ? filter("absolute_url", path) : raw;
        image.put("path", filter("uri_escape", absolute));
        return image;
    }

    /**
     * The plugin's text steps: Markdown (quotes and dashes set as kramdown sets them), HTML stripped, white space
     * joined, escaped once; null for nothing.
     */
    private String format(Object value) {
        if (value == null) {
            return null;
        }
        String html = JekyllTags.model(context).markdown().apply(RubyFilters.smartify(text(value)));
        String plain = HtmlText.stripHtml(html).strip().replaceAll("\\s+", " ");
        String escaped = String.valueOf(filter("escape_once", plain));
        return escaped.isEmpty() ? null : escaped;
    }

    private String xmlSchema(Object date) {
        return text(filter("date_to_xmlschema", date));
    }

    private Object filter(String name, Object value) {
        return context.getParser().filters.get(name).apply(value, context);
    }

    private static boolean present(Object value) {
        // Liquid's truth, with the empty text of a setting this build leaves empty where Jekyll has none.
        return value != null && !Boolean.FALSE.equals(value) && !(value instanceof String s && s.isEmpty());
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static void line(StringBuilder out, String line) {
        out.append(line).append('\n');
    }
}
