package io.github.blogpublish.build;

import io.github.blogpublish.cache.StageCache;
import io.github.blogpublish.markdown.MarkdownRenderer;
import io.github.blogpublish.model.Page;
import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.output.GeneratedPage;
import io.github.blogpublish.output.OutputFile;
import io.github.blogpublish.output.PluginPages;
import io.github.blogpublish.output.ThemePages;
import io.github.blogpublish.output.SiteContent;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.sass.SassSession;
import io.github.blogpublish.template.Hashes;
import io.github.blogpublish.template.LiquidData;
import io.github.blogpublish.template.SiteModel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generate and layouts stage: every output of the site (post pages, pages, home, archives, feed, sitemap,
 * search index, static files, ...) made by its generator through the layouts, side by side, then listed in the
 * generators' fixed order, and the Sass files compiled to CSS after them. Two outputs at one path are an error naming both sources.
 */
final class GenerateStage {

    private GenerateStage() {
    }

    /**
     * The outputs, and what they were made from (kept by the preview, whose edit of post bodies starts from it).
     *
     * @param content what the generators rendered from
     * @param files   every output, in order
     */
    record Generated(SiteContent content, List<OutputFile> files) {
    }

    static Generated render(ValidatedSite site, MarkdownStage.Bodies bodies, MarkdownRenderer markdown,
                            SourceReader sources, SassSession sass, SiteModel.Sass sassFilter,
                            StageCache.Pages cache, Problems problems) {
        SiteContent content = content(site, bodies, markdown, sources, sassFilter, cache, problems);
        List<OutputFile> outputs = generate(content, problems);
        outputs.addAll(StyleStage.render(site, site.layouts(), content.model(), sass, cache.fragments(), problems));
        OutputPaths.check(outputs, site.config().sourceDirectory(), problems);
        // The link check and the write step know a page by its checksum, made once here.
        return new Generated(content, !cache.keeps() ? outputs : outputs.parallelStream().map(OutputFile::withChecksum).toList());
    }

    /** The generators' files of this content, side by side, then listed in their fixed order; no style sheets. */
    static List<OutputFile> generate(SiteContent content, Problems problems) {
        List<OutputFile> outputs = new ArrayList<>();
        Generators.BUILT_IN.parallelStream().map(generator -> generator.render(content, problems)).toList()
                .forEach(outputs::addAll);
        return outputs;
    }

    private static SiteContent content(ValidatedSite site, MarkdownStage.Bodies bodies, MarkdownRenderer markdown,
                                       SourceReader sources, SiteModel.Sass sassFilter, StageCache.Pages cache,
                                       Problems problems) {
        // The layouts see each post with its excerpt, which exists only now.
        List<Map<String, Object>> postData = LiquidData.posts(bodies.posts());
        Set<String> ownPaths = new HashSet<>();
        site.pages().stream().filter(Page::output).forEach(page -> ownPaths.add(Permalink.outputPath(page.url())));
        site.statics().forEach(file -> ownPaths.add(file.relativePath()));
        site.styles().forEach(style -> ownPaths.add(style.outputPath()));
        List<GeneratedPage> generated = new ArrayList<>(PluginPages.of(site.config(), postData, site.pages(), problems));
        // A plugin's page (jekyll-archives at /tags/<tag>/, say) wins over the theme's at the same path.
        Set<String> taken = new HashSet<>(ownPaths);
        generated.forEach(page -> taken.add(page.path()));
        List<GeneratedPage> themePages = ThemePages.of(site.config(), postData, site.data(), taken);
        // The built-in theme's lists are pages of the site (in its navigation and sitemap) where its layouts show it.
        List<GeneratedPage> listed = new ArrayList<>(generated);
        if (site.layouts().isBuiltIn("default")) {
            listed.addAll(themePages);
        }
        generated.addAll(themePages);
        SiteModel model = new SiteModel(LiquidData.site(site.config(), postData, site.pages(),
                listed.stream().map(GeneratedPage::data).toList(), site.statics(), site.data()), site.links(),
                markdown::toHtml, sources, sassFilter);
        return SiteContent.of(site.config(), bodies.posts(), postData, site.pages(), bodies.pages(),
                site.statics(), model, site.layouts(), Set.copyOf(ownPaths), generated, cache.pageStore(),
                cache.fragments(), cache.keeps() ? itemKeys(site) : null);
    }

    /**
     * A key of each post's item of {@code site.posts} without its content and excerpt, by position; null for a post
     * not cached. The item is made from the post but its body and from its two neighbours, and each of those is
     * made from its file's text before the body, path, name and the settings: their three keys make the item's.
     */
    private static List<String> itemKeys(ValidatedSite site) {
        List<Post> posts = site.posts();
        java.util.function.IntFunction<String> key = i -> {
            if (i < 0 || i >= posts.size()) {
                return "";
            }
            ValidatedSite.BodyDigest known = site.bodies().get(posts.get(i).relativePath());
            return known == null ? null : known.headKey();
        };
        return java.util.stream.IntStream.range(0, posts.size()).parallel().mapToObj(i -> {
            String own = key.apply(i);
            String older = key.apply(i + 1);
            String newer = key.apply(i - 1);
            return own == null || older == null || newer == null ? null : Hashes.key("item", own, older, newer);
        }).toList();
    }
}
