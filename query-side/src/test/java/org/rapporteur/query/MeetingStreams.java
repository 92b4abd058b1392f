package org.rapporteur.query;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.rapporteur.events.MeetingEvent;

import java.util.HashMap;
import java.util.Map;

/** Appends events to meetings' streams in the event store, as the command side would, one unit of work per event. */
public final class MeetingStreams {

    private final EventStore eventStore;
    private final Map<String, Long> next = new HashMap<>();

    public MeetingStreams(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Appends the event and returns its event id. */
    public synchronized String log(String meetingId, MeetingEvent event) {
        long sequence = next.merge(meetingId, 1L, Long::sum) - 1;
        GenericDomainEventMessage<MeetingEvent> message = new GenericDomainEventMessage<>("MeetingAggregate", meetingId,
                sequence, event, MetaData.with("loggedBy", "clerk"));
        eventStore.publish(message);
        return message.getIdentifier();
    }

    public synchronized long lastSequence(String meetingId) {
        return next.getOrDefault(meetingId, 0L) - 1;
    }
}
