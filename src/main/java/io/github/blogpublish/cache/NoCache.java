package io.github.blogpublish.cache;

import io.github.blogpublish.cache.StageCache.Source;
import io.github.blogpublish.cache.StageCache.Written;
import io.github.blogpublish.model.Post;
import io.github.blogpublish.model.RenderedPost;
import io.github.blogpublish.output.PageStore;
import io.github.blogpublish.problem.Problems;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@link SiteCache#NONE}: knows nothing of earlier builds and keeps nothing, so every stage does all its work. */
final class NoCache implements SiteCache {

    @Override
    public boolean keeps() {
        return false;
    }

    @Override
    public void siteDirectory(Path directory, boolean readBack) {
        // nothing is read back
    }

    @Override
    public void sweep() {
        // nothing is kept
    }

    @Override
    public boolean keysMadeUnder(String basis) {
        return false;
    }

    @Override
    public Source source(String relativePath) {
        return null;
    }

    @Override
    public void source(String relativePath, Source source) {
        // not recorded
    }

    @Override
    public Optional<Post> unreadPost(String key, Problems problems) {
        return Optional.empty();
    }

    @Override
    public Optional<Post> post(String key, Problems problems, Function<Problems, Optional<Post>> check) {
        return check.apply(problems);
    }

    @Override
    public RenderedPost markdown(Post post, Supplier<String> bodyDigest, String separator,
                                 Supplier<RenderedPost> render) {
        return render.get();
    }

    @Override
    public PageStore pageStore() {
        return null;
    }

    @Override
    public Map<String, byte[]> fragments() {
        return null;
    }

    @Override
    public Map<String, LinkScan> linkScans() {
        return null;
    }

    @Override
    public LinkVerdicts linkVerdicts() {
        return LinkVerdicts.NONE;
    }

    @Override
    public void linkVerdicts(LinkVerdicts verdicts) {
        // not recorded
    }

    @Override
    public Map<String, Written> written() {
        return Map.of();
    }

    @Override
    public void written(Map<String, Written> files) {
        // not recorded
    }
}
