package io.github.blogpublish.mojo;

import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table of cache saves under way that the lifecycle participant gives each project, and waiting for them. */
class CacheSavesTest {

    @Test
    void withoutTheExtensionThereIsNoTableSoSavesStaySynchronous() {
        MavenProject project = new MavenProject();
        assertNull(CacheSaves.table(project));
        assertNull(CacheSaves.table(null));
        assertNull(CacheSaves.await(project, "/tmp/cache.bin"), "nothing to wait for");
    }

    @Test
    void aSaveIsWaitedForOnceAndAFailedOneGivesTheWarning() throws Exception {
        MavenProject project = new MavenProject();
        CacheSaves.giveTables(java.util.List.of(project));
        Map<String, CompletableFuture<Void>> table = CacheSaves.table(project);
        assertTrue(table.isEmpty());

        CompletableFuture<Void> slow = new CompletableFuture<>();
        table.put("a/cache.bin", slow);
        new Thread(() -> slow.complete(null)).start();
        assertNull(CacheSaves.await(project, "a/cache.bin"), "a save that ends well says nothing");
        assertTrue(table.isEmpty(), "waited for once");

        table.put("b/cache.bin", CompletableFuture.failedFuture(
                new java.io.UncheckedIOException("No space left on device", new java.io.IOException("No space left on device"))));
        assertEquals("The incremental build cache cannot be written (No space left on device); the next build is a full one",
                CacheSaves.await(project, "b/cache.bin"));
        assertNull(CacheSaves.await(project, "b/cache.bin"), "reported once");

        // At the end of the session: every save still under way, each failure once.
        table.put("c/cache.bin", CompletableFuture.failedFuture(new java.io.UncheckedIOException("disk gone",
                new java.io.IOException("disk gone"))));
        table.put("d/cache.bin", CompletableFuture.completedFuture(null));
        assertEquals(java.util.List.of(CacheSaves.warning("disk gone")), CacheSaves.awaitAll(java.util.List.of(project)));
        assertTrue(table.isEmpty());
    }
}
