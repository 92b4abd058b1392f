package org.rapporteur.query.projection;

import org.rapporteur.query.history.RecordedEvent;

/** A projection failed on a meeting, at this event when it could tell. */
public final class ProjectionFailed extends RuntimeException {

    private final transient RecordedEvent event;

    public ProjectionFailed(String meetingId, RecordedEvent event, RuntimeException cause) {
        super("cannot project " + meetingId + (event == null ? "" : " at event " + event.sequence()) + ": " + cause, cause);
        this.event = event;
    }

    public RecordedEvent event() {
        return event;
    }
}
