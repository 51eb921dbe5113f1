package io.github.blogpublish.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * jemoji, for a site that lists it: GitHub's emoji names in the text of every page become jemoji's image (the
 * markup jemoji's own tests expect: {@code :+1:} is {@code …/emoji/unicode/1f44d.png}), from GitHub's images or
 * {@code emoji: src:}; code, markup and a site without the plugin keep the names.
 */
class EmojiTest {

    /** jemoji's default image root. */
    private static final String GITHUB = "https://github.githubassets.com/images/icons/";
    private static final String THUMBS_UP = "<img class=\"emoji\" title=\":+1:\" alt=\":+1:\" "
            + "src=\"" + GITHUB + "emoji/unicode/1f44d.png\" height=\"20\" width=\"20\">";

    @TempDir
    Path dir;

    private TestSite site(String config) throws Exception {
        return new TestSite(dir)
                .file("_config.yml", config)
                .file("_layouts/plain.html", "<html><head><title>:+1:</title></head><body class=\"x\">\n{{ content }}</body></html>")
                .file("_posts/2022-10-01-refactor.md", "---\ntitle: Refactor\nlayout: plain\n---\n"
                        + "Good work :+1: and :heart: but :not-an-emoji: stays.\n\n"
                        + "Inline `:+1:` and <span title=\":+1:\">tag</span>.\n\n```\n:+1: in code\n```\n")
                .file("page.md", "---\ntitle: Page\n---\nA page :smile:\n")
                .file("notes.txt", ":+1: in a text file\n");
    }

    @Test
    void namesInTheTextOfEveryPageBecomeJemojisImages() throws Exception {
        TestSite site = site("plugins: [jemoji]\n");
        site.build();
        String post = site.read("2022/10/01/refactor.html");
        assertTrue(post.contains("<p>Good work " + THUMBS_UP + " and <img class=\"emoji\" title=\":heart:\" alt=\":heart:\" "
                + "src=\"https://github.githubassets.com/images/icons/emoji/unicode/2764.png\" height=\"20\" width=\"20\">"
                + " but :not-an-emoji: stays.</p>"), post);
        assertTrue(post.contains("<code>:+1:</code>"), "inline code keeps it");
        assertTrue(post.contains("<span title=\":+1:\">tag</span>"), "an attribute keeps it");
        assertTrue(post.contains(":+1: in code\n</code></pre>"), "a code block keeps it");
        assertTrue(post.contains("<title>:+1:</title>"), "the head is left alone");
        assertTrue(site.read("page.html").contains("A page <img class=\"emoji\" title=\":smile:\" alt=\":smile:\" "
                + "src=\"https://github.githubassets.com/images/icons/emoji/unicode/1f604.png\""), site.read("page.html"));
        assertEquals(":+1: in a text file\n", site.read("notes.txt"));
    }

    @Test
    void emojiSrcSetsWhereTheImagesComeFrom() throws Exception {
        TestSite site = site("plugins: [jemoji]\nemoji:\n  src: http://mine.club/\n");
        site.build();
        assertTrue(site.read("2022/10/01/refactor.html").contains(THUMBS_UP.replace(GITHUB, "http://mine.club/")));
    }

    @Test
    void withoutThePluginTheNamesStay() throws Exception {
        TestSite site = site("title: Plain\n");
        site.build();
        assertTrue(site.read("2022/10/01/refactor.html").contains("<p>Good work :+1: and :heart:"));
    }
}
