package org.rapporteur.query.history;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.agenda.AgendaItemConcluded;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.meeting.PlenarySessionClosed;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each logged event stands in the meeting: the agenda item under consideration when it was logged
 * (the item last taken up and not yet concluded in that plenary), and its meeting time. An event logged without a
 * time takes the time of the event logged before it on the same date, or the start of its day.
 */
public final class MeetingContext {

    private final Map<String, String> agendaItems = new HashMap<>();
    private final Map<String, LocalDateTime> meetingTimes = new HashMap<>();

    private MeetingContext() {
    }

    public static MeetingContext of(MeetingHistory history) {
        return history.context();
    }

    static MeetingContext derive(MeetingHistory history) {
        MeetingContext context = new MeetingContext();
        Map<String, MeetingEvent> effective = new HashMap<>();
        history.effectiveActions().forEach(a -> effective.put(a.original().eventId(), a.facts()));
        Map<String, RecordedEvent> byId = new HashMap<>();
        String underConsideration = null;
        LocalDateTime previous = null;
        for (RecordedEvent recorded : history.events()) {
            byId.put(recorded.eventId(), recorded);
            MeetingEvent event = recorded.event();
            MeetingMoment moment = event.moment();
            LocalDateTime time = meetingTime(moment, previous);
            context.meetingTimes.put(recorded.eventId(), time);
            previous = time;

            String target = target(event);
            if (target != null) {
                String item = context.agendaItems.get(target);
                if (item != null) {
                    context.agendaItems.put(recorded.eventId(), item);
                }
                continue;
            }
            MeetingEvent facts = effective.get(recorded.eventId());
            if (facts instanceof AgendaItemTakenUp takenUp) {
                underConsideration = takenUp.itemNumber();
                context.agendaItems.put(recorded.eventId(), underConsideration);
            } else if (facts instanceof AgendaItemConcluded concluded) {
                context.agendaItems.put(recorded.eventId(), concluded.itemNumber());
                if (concluded.itemNumber().equals(underConsideration)) {
                    underConsideration = null;
                }
            } else if (facts instanceof PlenarySessionClosed) {
                underConsideration = null;
            } else if (underConsideration != null && moment != null && moment.plenarySession() != null) {
                context.agendaItems.put(recorded.eventId(), underConsideration);
            }
        }
        return context;
    }

    private static LocalDateTime meetingTime(MeetingMoment moment, LocalDateTime previous) {
        if (moment == null || moment.date() == null) {
            return previous == null ? LocalDateTime.of(1970, 1, 1, 0, 0) : previous;
        }
        if (moment.time() != null) {
            return moment.date().atTime(moment.time());
        }
        if (previous != null && previous.toLocalDate().equals(moment.date())) {
            return previous;
        }
        return moment.date().atTime(LocalTime.MIN);
    }

    private static String target(MeetingEvent event) {
        if (event instanceof ActionCorrected corrected) {
            return corrected.correctedEventId();
        }
        if (event instanceof ActionWithdrawn withdrawn) {
            return withdrawn.withdrawnEventId();
        }
        return null;
    }

    /** The number of the agenda item under consideration when the event was logged, or null. */
    public String agendaItem(String eventId) {
        return agendaItems.get(eventId);
    }

    /** The event's place on the meeting clock. */
    public LocalDateTime meetingTime(String eventId) {
        return meetingTimes.get(eventId);
    }
}
