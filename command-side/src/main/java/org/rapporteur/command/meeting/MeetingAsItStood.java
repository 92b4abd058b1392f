package org.rapporteur.command.meeting;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The meeting's rule state just before a recorded action: the actions logged before it, each as last corrected and
 * without those withdrawn since. A correction of the action is judged against this, as the action itself was.
 */
final class MeetingAsItStood {

    private MeetingAsItStood() {
    }

    static MeetingState before(EventStore store, String meetingId, String eventId, BodyDirectory bodies) {
        List<? extends DomainEventMessage<?>> events = store.readEvents(meetingId, 0L).asStream().toList();
        Map<String, MeetingEvent> corrected = new HashMap<>();
        Set<String> withdrawn = new HashSet<>();
        long target = Long.MAX_VALUE;
        for (DomainEventMessage<?> message : events) {
            Object payload = message.getPayload();
            if (payload instanceof ActionCorrected c) {
                corrected.put(c.correctedEventId(), c.corrected());
            } else if (payload instanceof ActionWithdrawn w) {
                withdrawn.add(w.withdrawnEventId());
            }
            if (message.getIdentifier().equals(eventId)) {
                target = message.getSequenceNumber();
            }
        }
        MeetingState state = new MeetingState();
        for (DomainEventMessage<?> message : events) {
            Object payload = message.getPayload();
            if (message.getSequenceNumber() >= target) {
                break;
            }
            if (payload instanceof ActionCorrected || payload instanceof ActionWithdrawn
                    || withdrawn.contains(message.getIdentifier()) || !(payload instanceof MeetingEvent event)) {
                continue;
            }
            state.evolve(corrected.getOrDefault(message.getIdentifier(), event),
                    new Recorded(message.getIdentifier(), message.getSequenceNumber()));
        }
        state.judgedFor(bodies);
        return state;
    }
}
