package org.rapporteur.query.history;

import org.axonframework.eventhandling.DomainEventMessage;
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
        List<RecordedEvent> events = new ArrayList<>();
        eventStore.readEvents(meetingId, 0L).asStream().forEach(message -> {
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
