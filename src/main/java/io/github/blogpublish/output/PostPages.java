package io.github.blogpublish.output;

import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.template.LiquidData;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Each post at its permalink, through its layout chain. */
public final class PostPages implements OutputFormat {

    @Override
    public List<OutputFile> render(SiteContent content, Problems problems) {
        List<OutputFile> files = new ArrayList<>(content.posts().size());
        for (int i = 0; i < content.posts().size(); i++) {
            RenderedPost rendered = content.posts().get(i);
            Post post = rendered.post();
            Map<String, Object> page = LiquidData.page(content.postData().get(i), rendered.content());
            content.layouts().render(post.layout(), page, content.model(), rendered.content(), post.source(), problems)
                    .ifPresent(html -> files.add(new OutputFile(Permalink.outputPath(post.url()),
                            html.getBytes(StandardCharsets.UTF_8), post.source())));
        }
        return files;
    }
}
