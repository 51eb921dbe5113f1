package io.github.blogpublish.mojo;

import io.github.blogpublish.newpost.PostSkeleton;
import io.github.blogpublish.problem.SiteBuildException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a new post: {@code mvn blog:new -Dtitle="회고하는 9월"} creates {@code src/main/blog/_posts/<today>-회고하는-9월.md},
 * dated today in the site's time zone, with front matter the next build accepts. Never overwrites a file.
 */
@Mojo(name = "new", threadSafe = true, requiresProject = true)
public class NewMojo extends AbstractSiteMojo {

    /** The new post's title. Required. */
    @Parameter(property = "title")
    protected String postTitle;

    /** The slug for the file name and URL. Default: made from the title. */
    @Parameter(property = "slug")
    protected String slug;

    /** Categories, separated by commas. Default: none. */
    @Parameter(property = "categories")
    protected String categories;

    /** Tags, separated by commas. Default: none. */
    @Parameter(property = "tags")
    protected String tags;

    /** Writes the post into {@code _drafts} instead of {@code _posts}. Default {@code false}. */
    @Parameter(property = "draft", defaultValue = "false")
    protected boolean draft;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            Path file = new PostSkeleton(siteConfig()).write(postTitle, slug, words(categories), words(tags), draft);
            getLog().info("Created " + display(file));
        } catch (SiteBuildException e) {
            throw failure(e);
        } catch (IOException e) {
            throw ioFailure("Creating the post", e);
        }
    }

    private static List<String> words(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
