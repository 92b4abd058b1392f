package org.rapporteur.eventstore.embedded;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * The store's write path without its server: commands run by {@link IndexedH2Backend} as the server runs those it
 * receives (collections, unique keys and every index kept by the same code), each as one change of
 * {@link GroupCommit}, for the one writer that holds the store's file. A write is all or nothing: one the backend
 * refuses in part (a duplicate key halfway through an insert) undoes every change since the last commit, and the
 * writer can then only be closed. Nothing reaches the disk until {@link #commitDurably()}, or the close.
 */
public final class InProcessWrites implements AutoCloseable {

    private final MVStore store;
    private final GroupCommit commits;
    private final IndexedH2Backend backend;
    /** The backend keeps each connection's last error by its channel; this process is one connection. */
    private final Channel connection = new EmbeddedChannel();
    private boolean undone;

    private InProcessWrites(MVStore store) {
        this.store = store;
        this.commits = GroupCommit.whenAsked(store);
        this.backend = new IndexedH2Backend(store, commits, null);
    }

    /** The writes of {@code store}, a file opened to write, which this writer now owns (and closes). */
    public static InProcessWrites over(MVStore store) {
        return new InProcessWrites(store);
    }

    /**
     * Runs the write command {@code command} (its name is the body's first key, as on the wire) on {@code database};
     * its response unless the backend refused any of it, which is then undone whole and thrown as {@link Refused}.
     */
    public Document write(String database, Document command) {
        if (undone) {
            throw new IllegalStateException("a refused write was undone; this writer can only be closed");
        }
        String name = command.keySet().iterator().next();
        Document response;
        try {
            response = commits.change(() -> backend.handleCommand(connection, database, name, command));
        } catch (RuntimeException e) {
            undo();
            throw e;
        }
        if (response.get("writeErrors") instanceof List<?> errors && !errors.isEmpty()) {
            undo();
            throw new Refused((Document) errors.get(0));
        }
        return response;
    }

    private void undo() {
        undone = true;
        store.rollback();
    }

    /** Commits what was written and returns once it is synced to the disk. */
    public void commitDurably() {
        commits.awaitDurable();
    }

    /** The store written to (to read what it holds, in this process). */
    public MVStore store() {
        return store;
    }

    /** Commits durably what is left unless a write was undone, and closes the file. */
    @Override
    public void close() {
        try {
            if (!undone && store.hasUnsavedChanges()) {
                commitDurably();
            }
        } finally {
            commits.close();
            connection.close();
            backend.close();
        }
    }

    /** A write the backend refused: its first write error, as the server would have answered it. */
    public static final class Refused extends RuntimeException {
        private final int code;

        Refused(Document error) {
            super(String.valueOf(error.get("errmsg")));
            this.code = error.get("code") instanceof Number n ? n.intValue() : -1;
        }

        /** The server's error code (11000: a duplicate key). */
        public int code() {
            return code;
        }

        public boolean duplicateKey() {
            return code == 11000;
        }
    }
}
