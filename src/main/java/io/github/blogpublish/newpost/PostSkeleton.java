package io.github.blogpublish.newpost;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.frontmatter.ConfigFileReader;
import io.github.blogpublish.model.Permalink;
import io.github.blogpublish.problem.Problem;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SiteBuildException;
import io.github.blogpublish.problem.SourceLocation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code blog:new}: writes the skeleton of a post, dated today in the site's time zone, named after its
 * title ({@code 회고하는 9월} becomes {@code 2026-11-28-회고하는-9월.md}, in lower case), with front matter the next build
 * accepts. Never overwrites a file.
 */
public final class PostSkeleton {

    private final SiteConfig settings;

    public PostSkeleton(SiteConfig settings) {
        this.settings = settings;
    }

    /**
     * @param title      the post's title
     * @param slug       the slug, or blank to take it from the title
     * @param categories categories, possibly empty
     * @param tags       tags, possibly empty
     * @param draft      whether to write it into {@code _drafts} instead of {@code _posts}
     * @return the file written
     * @throws SiteBuildException when the title is blank, gives no slug, or the file exists
     */
    public Path write(String title, String slug, List<String> categories, List<String> tags, boolean draft)
            throws SiteBuildException, IOException {
        Path source = settings.sourceDirectory();
        if (title == null || title.isBlank()) {
            throw SiteBuildException.of("Creating a post", Problem.error(Rule.NEW_POST, SourceLocation.of(source),
                    "a new post needs a title", "run mvn blog:new -Dtitle=\"Your title\""));
        }
        String name = Permalink.slug(slug == null || slug.isBlank() ? title.toLowerCase(java.util.Locale.ROOT) : slug);
        if (name.isEmpty()) {
            throw SiteBuildException.of("Creating a post", Problem.error(Rule.NEW_POST, SourceLocation.of(source),
                    "the title gives no slug", "give one: -Dslug=my-post"));
        }
        LocalDate today = LocalDate.ofInstant(settings.now(), zone(source));
        Path file = draft
                ? source.resolve("_drafts").resolve(name + ".md")
                : source.resolve("_posts").resolve(today + "-" + name + ".md");
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(quoted(title.strip())).append('\n');
        text.append("layout: post\n");
        if (!categories.isEmpty()) {
            text.append("categories: ").append(list(categories)).append('\n');
        }
        if (!tags.isEmpty()) {
            text.append("tags: ").append(list(tags)).append('\n');
        }
        text.append("---\n\n");
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw SiteBuildException.of("Creating a post", Problem.error(Rule.NEW_POST, SourceLocation.of(file),
                    "this post already exists; it is left as it is", "choose another title, or give a slug: -Dslug=other-name"));
        }
        return file;
    }

    /** The site's zone: the POM's, else {@code _config.yml}'s, else UTC. */
    private java.time.ZoneId zone(Path source) throws IOException {
        Path config = source.resolve("_config.yml");
        if (!Files.isRegularFile(config)) {
            return settings.timezone();
        }
        return ConfigFileReader.apply(config, Files.readString(config, StandardCharsets.UTF_8), settings, new Problems())
                .timezone();
    }

    private static String list(List<String> words) {
        return "[" + String.join(", ", words.stream().map(PostSkeleton::quoted).toList()) + "]";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
