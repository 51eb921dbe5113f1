package io.github.blogpublish.output;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.model.Page;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.model.StaticFile;
import io.github.blogpublish.template.LayoutEngine;
import io.github.blogpublish.template.SiteModel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the output formats render from, made once per build.
 *
 * @param config       the settings
 * @param posts        the published posts, newest first
 * @param postData     Liquid data of each post, same order as {@code posts}
 * @param pages        the pages
 * @param pageContent  each page's body as HTML (Markdown rendered), same order as {@code pages}
 * @param statics      files copied as they are
 * @param model        Liquid {@code site} data and the link table
 * @param layouts      the parsed layouts
 * @param ownPaths     the output paths the site's own pages and files take; built-in outputs leave them alone
 * @param generated    the pages the site's plugins add ({@link PluginPages}); a page or post at one of their paths
 *                     (a paginated {@code index.html}, a {@code redirect_to}) is written as the generated one
 * @param emoji        jemoji's pass over every page, when the site lists it
 * @param reuse        pages of earlier builds by a key of everything they depend on; null for none
 * @param replacedPaths the paths of {@code generated}, asked for each post
 */
public record SiteContent(SiteConfig config, List<RenderedPost> posts, List<Map<String, Object>> postData,
                          List<Page> pages, List<String> pageContent, List<StaticFile> statics,
                          SiteModel model, LayoutEngine layouts, java.util.Set<String> ownPaths,
                          List<GeneratedPage> generated, Optional<EmojiImages> emoji, PageReuse reuse,
                          java.util.Set<String> replacedPaths) {

    public SiteContent {
        replacedPaths = java.util.Set.copyOf(replacedPaths);
    }

    /**
     * The content of this build, reusing pages of {@code pageCache} (null for none) and parts of pages in
     * {@code fragmentCache} from earlier builds, and keeping the ones made now.
     *
     * @param itemKeys a key of each post's item of {@code site.posts} without content and excerpt, by position (null
     *                 for one that has none, then described); null for none
     */
    public static SiteContent of(SiteConfig config, List<RenderedPost> posts, List<Map<String, Object>> postData,
                                 List<Page> pages, List<String> pageContent, List<StaticFile> statics,
                                 SiteModel model, LayoutEngine layouts, java.util.Set<String> ownPaths,
                                 List<GeneratedPage> generated, PageStore pageCache, Map<String, byte[]> fragmentCache,
                                 List<String> itemKeys) {
        return new SiteContent(config, posts, postData, pages, pageContent, statics, model, layouts, ownPaths,
                List.copyOf(generated), EmojiImages.of(config),
                pageCache == null ? null : new PageReuse(pageCache, fragmentCache, model.site(), layouts.fingerprint(),
                        itemKeys, posts),
                generated.stream().map(GeneratedPage::path).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * This content after an edit of the text of some posts and nothing else (their front matter the same, so their
     * items of {@code site.posts} but their text stand): the posts' items show the new text, and the pages of this
     * content are the last build's ({@code lastFiles}) but the ones an edited post's text is on, which are made again.
     * The items are changed in place: the content of the last build is this one's, no longer its own.
     *
     * @param edited each edited post rendered again, by its position in {@link #posts}
     * @throws IllegalStateException when this content keeps no pages (an edit starts from a kept build)
     */
    public SiteContent edited(Map<Integer, RenderedPost> edited, Map<String, OutputFile> lastFiles) {
        if (reuse == null) {
            throw new IllegalStateException("an edit starts from a build that keeps its pages");
        }
        List<RenderedPost> now = new java.util.ArrayList<>(posts);
        edited.forEach((index, post) -> {
            now.set(index, post);
            io.github.blogpublish.template.LiquidData.replaceText(postData.get(index), post);
        });
        return new SiteContent(config, List.copyOf(now), postData, pages, pageContent, statics, model, layouts, ownPaths,
                generated, emoji, reuse.edit(lastFiles, List.copyOf(edited.values())), replacedPaths);
    }

    /** A page's HTML as the site's plugins leave it once it is rendered: jemoji's images in an HTML page. */
    public String finish(String path, String html) {
        return emoji.isPresent() && path.endsWith(".html") ? emoji.get().emojify(html) : html;
    }

    /** Whether a plugin's page is written at this path in place of a post's or page's own. */
    public boolean replaced(String path) {
        return replacedPaths.contains(path);
    }

    /** Whether a page of the site is its home page, so the built-in one is not written. */
    public boolean hasOwnHomePage() {
        return ownPaths.contains("index.html");
    }
}
