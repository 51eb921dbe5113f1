package io.github.blogpublish.build;

import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.SiteBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Liquid in bodies and layouts: Jekyll's tags and filters, includes, and unknown names. */
class LiquidTest {

    @TempDir
    Path dir;

    /** A site whose post layout prints only the content, so assertions see exactly what the body became. */
    private TestSite site() throws Exception {
        return new TestSite(dir)
                .file("_config.yml", "title: T\nurl: https://example.org\nbaseurl: /blog\ntimezone: Asia/Seoul\n")
                .file("_layouts/bare.html", "{{ content }}")
                .file("_posts/2010-07-21-target.md", "---\ntitle: Target\nlayout: bare\n---\nt\n")
                .file("about.md", "---\ntitle: About\nlayout: bare\n---\na\n");
    }

    private String render(String body) throws Exception {
        TestSite site = site().file("_posts/2022-10-01-test.md", "---\ntitle: Test & <Co>\nlayout: bare\n"
                + "date: 2022-10-01 09:30:00 +0900\ntags: [b, a]\n---\n" + body);
        site.build();
        return site.read("2022/10/01/test.html").strip();
    }

    @Test
    void aLoopWithoutEndOrAStringWithoutBoundFailsFastAtItsPost() throws Exception {
        TestSite site = site().file("_posts/2022-10-01-loop.md",
                        "---\ntitle: Loop\n---\nok\n{% for i in (1..2000000000) %}{% endfor %}\n")
                .file("_posts/2022-10-02-grow.md", "---\ntitle: Grow\n---\n{% assign s = 'xxxxxxxxxxxxxxxx' %}"
                        + "{% for i in (1..30) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        List<String> shown = e.problems().stream().map(p -> p.location().display(dir) + " " + p.message() + " / " + p.hint()).toList();
        assertEquals(2, shown.size(), shown.toString());
        assertEquals("src/main/blog/_posts/2022-10-01-loop.md:4 Liquid failed: exceeded maxIterations: 1000000 / "
                + "loops of one page may run 1000000 times in all; loop over fewer items", shown.get(0));
        assertEquals("src/main/blog/_posts/2022-10-02-grow.md:4 Liquid failed: the filter append made a text of 8388608 "
                + "characters; the limit is 4194304 / one page may hold 33554432 characters, one joined text 4194304", shown.get(1));
    }

    @Test
    void highlightBlocksMustBeClosedAndNotNested() throws Exception {
        TestSite site = site()
                .file("_posts/2022-10-01-open.md", "---\ntitle: O\n---\n{% highlight java %}\nint x;\n")
                .file("_posts/2022-10-02-nested.md", "---\ntitle: N\n---\n{% highlight java %}\n{% highlight c %}\n"
                        + "{% endhighlight %}\n{% endhighlight %}\n")
                .file("_posts/2022-10-03-stray.md", "---\ntitle: S\n---\n{% raw %}{% highlight %}{% endraw %}\n{% endhighlight %}\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        assertEquals(List.of(
                "src/main/blog/_posts/2022-10-01-open.md:4 {% highlight %} is never closed with {% endhighlight %}",
                "src/main/blog/_posts/2022-10-02-nested.md:5 {% highlight %} inside the {% highlight %} of line 4",
                "src/main/blog/_posts/2022-10-03-stray.md:5 {% endhighlight %} without a {% highlight %} before it"),
                e.problems().stream().map(p -> p.location().display(dir) + " " + p.message()).toList());
    }

    @Test
    void postUrlAndLinkResolveToUrls() throws Exception {
        // Both give the URL with the base URL, as in Jekyll 4.
        assertEquals("<p>/blog/2010/07/21/target.html /blog/about.html /blog/2010/07/21/target.html</p>",
                render("{% post_url 2010-07-21-target %} {% link about.md %} {% link _posts/2010-07-21-target.md %}\n"));
    }

    @Test
    void aMissingPostIsAnErrorAtItsLineWithTheNearestName() throws Exception {
        TestSite site = site().file("_posts/2022-10-01-test.md", "---\ntitle: T\n---\nline one\n\n{% post_url 2010-07-21-targte %}\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        Problem p = e.problems().get(0);
        assertEquals("src/main/blog/_posts/2022-10-01-test.md:6:1", p.location().display(dir));
        assertEquals("{% post_url %} names 2010-07-21-targte, which does not exist", p.message());
        assertEquals("did you mean 2010-07-21-target?", p.hint());
    }

    @Test
    void jekyllFiltersGiveJekyllsOutput() throws Exception {
        String out = render("""
                {{ page.date | date_to_xmlschema }}
                {{ page.date | date_to_rfc822 }}
                {{ page.date | date_to_string }}
                {{ page.date | date_to_long_string }}
                {{ page.title | xml_escape }}
                {{ "Hello, World! 안녕 세상" | slugify }}
                {{ "a b&c" | cgi_escape }} {{ "a b/c?d" | uri_escape }}
                {{ page.tags | array_to_sentence_string }}
                {{ "one two  three" | number_of_words }}
                {{ "/x.css" | relative_url }} {{ "/x.css" | absolute_url }}
                """);
        assertEquals("""
                <p>2022-10-01T09:30:00+09:00
                Sat, 01 Oct 2022 09:30:00 +0900
                01 Oct 2022
                01 October 2022
                Test &amp; &lt;Co&gt;
                hello-world-안녕-세상
                a+b%26c a%20b/c?d
                b and a
                3
                /blog/x.css <a href="https://example.org/blog/x.css">https://example.org/blog/x.css</a></p>""", out);
    }

    @Test
    void markdownifyJsonifyAndGroupBy() throws Exception {
        String out = render("{{ \"*hi*\" | markdownify }}\n\n{{ page.tags | jsonify }}\n\n"
                + "{% assign groups = site.posts | group_by: \"layout\" %}{% for g in groups %}{{ g.name }}={{ g.size }}{% endfor %}\n");
        assertEquals("<p><em>hi</em></p>\n<p>[&quot;b&quot;,&quot;a&quot;]</p>\n<p>bare=2</p>", out);
    }

    @Test
    void highlightMarksUpCodeWithoutAScript() throws Exception {
        String out = render("{% highlight java %}\nint x = 1; // one \"<b>\"\n{% endhighlight %}\n");
        assertEquals("<figure class=\"highlight\"><pre><code class=\"language-java\" data-lang=\"java\">"
                + "<span class=\"k\">int</span> x = <span class=\"m\">1</span>; <span class=\"c\">// one \"&lt;b&gt;\"</span>"
                + "</code></pre></figure>", out);
    }

    @Test
    void includesTakeParametersAndSiteIncludesAreFound() throws Exception {
        TestSite site = site()
                .file("_includes/note.html", "<aside class=\"{{ include.kind }}\">{{ include.text }}</aside>")
                .file("_posts/2022-10-01-test.md", "---\ntitle: T\nlayout: bare\n---\n{% include note.html kind=\"tip\" text=\"Read this\" %}\n");
        site.build();
        assertEquals("<aside class=\"tip\">Read this</aside>", site.read("2022/10/01/test.html").strip());
    }

    @Test
    void includeRelativeReadsANeighbourAndNothingOutsideTheSourceFolder() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "SECRET");
        TestSite site = site()
                .file("guide/parts/intro.txt", "Intro for {{ page.title }}")
                .file("guide/index.md", "---\ntitle: Guide\nlayout: bare\n---\n{% include_relative parts/intro.txt %}\n");
        site.build();
        assertEquals("<p>Intro for Guide</p>", site.read("guide/index.html").strip());

        site.file("_posts/2022-10-01-test.md", "---\ntitle: T\n---\nok\n\n{% include_relative ../../../secret.txt %}\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        assertEquals("src/main/blog/_posts/2022-10-01-test.md:6 {% include_relative ../../../secret.txt %} leads out of the source folder",
                e.problems().get(0).location().display(dir) + " " + e.problems().get(0).message());
    }

    @Test
    void rawAndRenderWithLiquidFalseKeepLiquidText() throws Exception {
        assertEquals("<p>{{ page.title }} stays</p>", render("{% raw %}{{ page.title }}{% endraw %} stays\n"));
        TestSite site = site().file("_posts/2022-10-02-literal.md",
                "---\ntitle: L\nlayout: bare\nrender_with_liquid: false\n---\n{{ not liquid }} {% nor_this %}\n");
        site.build();
        assertEquals("<p>{{ not liquid }} {% nor_this %}</p>", site.read("2022/10/02/literal.html").strip());
    }

    @Test
    void unknownTagsAndFiltersAreErrorsAtTheirLines() throws Exception {
        TestSite site = site()
                .file("_posts/2022-10-01-a.md", "---\ntitle: A\n---\nSee this:\n\n{% oembed https://example.org/v %}\n")
                .file("_layouts/odd.html", "<p>\n{{ content | smarten }}</p>")
                .file("_posts/2022-10-02-b.md", "---\ntitle: B\nlayout: odd\n---\nb\n");
        SiteBuildException e = assertThrows(SiteBuildException.class, site::build);
        List<String> found = e.problems().stream().map(p -> p.location().display(dir) + " " + p.message()).toList();
        assertEquals(List.of(
                "src/main/blog/_layouts/odd.html:2:14 unknown Liquid filter 'smarten'",
                "src/main/blog/_posts/2022-10-01-a.md:6:1 unknown Liquid tag 'oembed'"), found);
    }

    @Test
    void downgradedUnknownNamesAreWarningsAndLeftOut() throws Exception {
        TestSite site = site().file("_posts/2022-10-01-a.md", "---\ntitle: A\nlayout: bare\n---\nbefore {% oembed https://x %} after\n");
        BuildResult result = new SiteBuilder(site.config().unknownLiquidWarns(true).build()).build();
        assertEquals("<p>before  after</p>", site.read("2022/10/01/a.html").strip());
        assertEquals(List.of("unknown Liquid tag 'oembed'; it is left out"),
                result.warnings().stream().map(Problem::message).toList());
    }
}
