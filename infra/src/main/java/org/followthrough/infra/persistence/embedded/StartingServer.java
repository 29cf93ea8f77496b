package org.followthrough.infra.persistence.embedded;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The embedded PostgreSQL on its way up, started on a thread of its own while Spring builds the rest of the context
 * (after a crash: stopping the orphan, recovering from the write-ahead log). Owns the folder's lock and the server:
 * closing it stops the server, then lets go of the folder.
 */
final class StartingServer implements AutoCloseable {

    private final DataFolderLock folder;
    private final CompletableFuture<EmbeddedServer> server;

    private StartingServer(DataFolderLock folder, CompletableFuture<EmbeddedServer> server) {
        this.folder = folder;
        this.server = server;
    }

    static StartingServer begin(DataFolderLock folder, int port) {
        CompletableFuture<EmbeddedServer> server = new CompletableFuture<>();
        Thread.ofPlatform().name("embedded-postgres-start").daemon().start(() -> {
            try {
                server.complete(EmbeddedServer.start(folder, port));
            } catch (Throwable e) {
                server.completeExceptionally(e);
            }
        });
        return new StartingServer(folder, server);
    }

    /** The server, once it answers; what stopped it from starting otherwise. */
    EmbeddedServer await() {
        try {
            return server.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            EmbeddedServer started = server.exceptionally(failure -> null).join();
            if (started != null) {
                started.close();
            }
        } finally {
            folder.close();
        }
    }
}
