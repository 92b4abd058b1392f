package org.rapporteur.query.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.rapporteur.events.MeetingEvent;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Reads a meeting's whole stream from the event store (from sequence 0, never from a snapshot). */
@Component
public class MeetingHistoryLoader {

    public static final String LOGGED_BY = "loggedBy";

    private final EventStore eventStore;

    public MeetingHistoryLoader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public MeetingHistory load(String meetingId) {
        return history(meetingId, eventStore.readEvents(meetingId, 0L));
    }

    /** The meeting's history from its stream as read from a store (wherever that was read from). */
    public static MeetingHistory history(String meetingId, DomainEventStream stream) {
        List<RecordedEvent> events = new ArrayList<>();
        stream.asStream().forEach(message -> {
            if (message.getPayload() instanceof MeetingEvent event) {
                events.add(recorded(message, event));
            }
        });
        return new MeetingHistory(meetingId, events);
    }

    public static RecordedEvent recorded(DomainEventMessage<?> message, MeetingEvent event) {
        Object loggedBy = message.getMetaData().get(LOGGED_BY);
        return new RecordedEvent(message.getIdentifier(), message.getSequenceNumber(), message.getTimestamp(),
                loggedBy == null ? null : loggedBy.toString(), event);
    }
}
