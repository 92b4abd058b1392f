package org.rapporteur.query.projection;

import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;

import java.util.List;

/**
 * A projection of meetings' streams. Live, a processor hands it each batch's events per meeting; a rebuild hands it
 * each meeting's whole stream at once. Either way the read models end the same.
 */
public interface MeetingProjection {

    /** The name a meeting is parked under when this projection fails on it ({@link ParkedMeetings}). */
    String name();

    /** Brings the meeting's read models up to these of its events (in sequence order; those already projected are skipped). */
    void project(String meetingId, List<RecordedEvent> events);

    /**
     * In a rebuild: projects a meeting's whole history, which the other projections are handed too (so what they
     * derive from it is derived once); what is stored may be handed to {@code writes}, written with other meetings'.
     */
    default void rebuild(MeetingHistory history, RebuildWrites writes) {
        project(history.meetingId(), history.events());
    }

    /** Forgets what it remembers of meetings in memory: their read models are about to be cleared. */
    void forget();
}
