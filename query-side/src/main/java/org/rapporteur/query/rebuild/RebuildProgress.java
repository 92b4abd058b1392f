package org.rapporteur.query.rebuild;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * How far a rebuild has come.
 *
 * @param position        events projected since the rebuild started
 * @param total           events in the store when it started
 * @param percent         position against total, 0 to 100
 * @param eventsPerSecond average rate since the start
 */
@Schema(name = "rebuild-progress")
public record RebuildProgress(State state, long position, long total, double percent, double eventsPerSecond,
                              Instant startedAt, Instant finishedAt, String error) {

    public enum State { IDLE, RUNNING, DONE, FAILED }

    public static final RebuildProgress IDLE = new RebuildProgress(State.IDLE, 0, 0, 0, 0, null, null, null);

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
