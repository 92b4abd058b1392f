package org.rapporteur.eventstore.embedded;

import org.h2.mvstore.SingleFileStore;
import org.h2.mvstore.WriteBuffer;

import java.util.Map;

/**
 * The store's file, which tells its committer when a commit has taken the state of every map: H2 takes each map's
 * root first, then serializes and writes the pages of that version, while writes go on into the next one. It asks for
 * the buffer of the new chunk at that point, and only there, so writers need wait no longer ({@link GroupCommit}).
 */
public final class CommitPoints extends SingleFileStore {

    private volatile Runnable rootsTaken = () -> { };

    public CommitPoints(Map<String, Object> config) {
        super(config);
    }

    void onRootsTaken(Runnable action) {
        rootsTaken = action;
    }

    @Override
    public WriteBuffer getWriteBuffer() {
        rootsTaken.run();
        return super.getWriteBuffer();
    }
}
