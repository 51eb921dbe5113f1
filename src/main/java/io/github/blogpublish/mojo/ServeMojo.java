package io.github.blogpublish.mojo;

import io.github.blogpublish.config.SiteConfig;
import io.github.blogpublish.problem.SiteBuildException;
import io.github.blogpublish.serve.PreviewServer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * Previews the site at http://127.0.0.1:4000/: builds it (drafts and future posts included unless
 * {@code -Dblog.drafts=false} or {@code -Dblog.future=false}), rebuilds when a source changes, reloads open pages,
 * and shows the problems of a failed rebuild in the browser while serving the last good site. Stops on Ctrl+C.
 * The preview is kept in memory: {@code target/blog} stays what {@code site-publish} wrote.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractSiteMojo {

    /** The address to listen on. Default {@code 127.0.0.1}: only this machine can see the preview. */
    @Parameter(property = "blog.host", defaultValue = "127.0.0.1")
    protected String host;

    /** The port to listen on. Default {@code 4000}. */
    @Parameter(property = "blog.port", defaultValue = "4000")
    protected int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        quickCompile();
        SiteConfig config = siteConfig().toBuilder()
                .drafts(unlessSet("blog.drafts", drafts))
                .future(unlessSet("blog.future", future))
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        try (PreviewServer server = PreviewServer.start(config, host, port, getLog()::info, this::siteBuilder)) {
            Thread hook = new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "blog-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            getLog().info("Serving " + server.url() + " (Ctrl+C to stop)");
            stopped.await();
        } catch (SiteBuildException e) {
            throw failure(e);
        } catch (IOException e) {
            throw ioFailure("Serving the site", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The preview includes drafts and future posts unless the user said otherwise on the command line. */
    private boolean unlessSet(String property, boolean value) {
        boolean set = session != null && (session.getUserProperties().containsKey(property)
                || session.getSystemProperties().containsKey(property) && System.getProperty(property) != null);
        return set ? value : true;
    }
}
