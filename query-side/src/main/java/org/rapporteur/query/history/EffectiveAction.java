package org.rapporteur.query.history;

import org.rapporteur.events.MeetingEvent;

import java.util.List;

/**
 * An action as it now stands: the original's place in the stream, its facts after the latest correction,
 * and the ids of every event that shaped it (the original first).
 */
public record EffectiveAction(RecordedEvent original, MeetingEvent facts, List<String> eventIds) {

    public boolean corrected() {
        return eventIds.size() > 1;
    }
}
