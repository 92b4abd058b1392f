package org.rapporteur.query.console;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Double submission records once: a form's command id that is already in the meeting's stream (metadata
 * {@code commandId}) is not sent again, and two submissions of one form in flight at once are taken in turn.
 */
@Component
class RecordedOnce {

    static final String COMMAND_ID = "commandId";

    private final EventStore eventStore;
    private final ConcurrentHashMap<String, Object> inFlight = new ConcurrentHashMap<>();

    RecordedOnce(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Runs {@code record} unless the command id was already recorded; true when it ran. */
    boolean record(String meetingId, String commandId, Runnable record) {
        Object lock = inFlight.computeIfAbsent(commandId, id -> new Object());
        try {
            synchronized (lock) {
                if (alreadyRecorded(meetingId, commandId)) {
                    return false;
                }
                record.run();
                return true;
            }
        } finally {
            inFlight.remove(commandId, lock);
        }
    }

    boolean alreadyRecorded(String meetingId, String commandId) {
        return eventStore.readEvents(meetingId).asStream()
                .anyMatch(message -> commandId.equals(message.getMetaData().get(COMMAND_ID)));
    }
}
