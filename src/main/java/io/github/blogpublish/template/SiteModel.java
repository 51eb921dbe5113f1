package io.github.blogpublish.template;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What every template of one build sees beyond {@code page}: the {@code site} data, the link table for
 * {@code post_url} and {@code link}, and the Markdown renderer for {@code markdownify}. Made once per build.
 *
 * @param site     Liquid {@code site}
 * @param links    URLs of posts, pages and files
 * @param markdown Markdown to HTML
 * @param sources  the text of a file by its path below the source folder, for {@code include_relative};
 *                 empty for a file that does not exist or lies outside the source folder
 * @param sass     Sass to CSS with the site's settings, for {@code scssify} and {@code sassify}
 */
public record SiteModel(Map<String, Object> site, LinkTable links, UnaryOperator<String> markdown,
                        java.util.function.Function<String, java.util.Optional<String>> sources, Sass sass) {

    /** A model whose build compiles no Sass ({@code scssify} then fails, saying so). */
    public SiteModel(Map<String, Object> site, LinkTable links, UnaryOperator<String> markdown,
                     java.util.function.Function<String, java.util.Optional<String>> sources) {
        this(site, links, markdown, sources, (text, indented) -> {
            throw new IllegalStateException("this build compiles no Sass");
        });
    }

    /** Sass to CSS, as Jekyll's {@code scssify} and {@code sassify} compile it. */
    @FunctionalInterface
    public interface Sass {
        /**
         * @param indented whether the text is the indented syntax ({@code .sass})
         * @throws IllegalArgumentException with Dart Sass's message when the text does not compile
         */
        String compile(String text, boolean indented);
    }

    /** The variable under which tags and filters find this model; not a Jekyll name, so no template uses it. */
    static final String VARIABLE = "__blog_site_model";
}
