package org.rapporteur.query.history;

import org.rapporteur.events.Text;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.agenda.AgendaItemConcluded;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.meeting.PlenarySessionClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each logged event stands in the meeting: the agenda item under consideration when it was logged
 * (the item last taken up and not yet concluded in that plenary), and its meeting time. An event logged without a
 * time takes the time of the event logged before it on the same date, or the start of its day.
 */
public final class MeetingContext {

    private final Map<String, String> agendaItems;
    private final Map<String, LocalDateTime> meetingTimes;
    private String underConsideration;
    private Integer openSession;
    private LocalDateTime previous;

    private MeetingContext(Map<String, String> agendaItems, Map<String, LocalDateTime> meetingTimes,
                           String underConsideration, LocalDateTime previous) {
        this.agendaItems = agendaItems;
        this.meetingTimes = meetingTimes;
        this.underConsideration = underConsideration;
        this.previous = previous;
    }

    public static MeetingContext of(MeetingHistory history) {
        return history.context();
    }

    static MeetingContext derive(MeetingHistory history) {
        MeetingContext context = new MeetingContext(new HashMap<>(), new HashMap<>(), null, null);
        Map<String, MeetingEvent> effective = new HashMap<>();
        history.effectiveActions().forEach(a -> effective.put(a.original().eventId(), a.facts()));
        context.follow(history.events(), effective);
        return context;
    }

    /**
     * The context of a history that extends the one this is the context of by {@code later}, or null when a
     * correction or withdrawal among them changes where earlier events stand (it concerns an agenda item taken up
     * or concluded, or a plenary session closed).
     */
    MeetingContext extendedBy(List<RecordedEvent> later, List<EffectiveAction> earlierActions, List<EffectiveAction> actions) {
        for (RecordedEvent recorded : later) {
            String target = target(recorded.event());
            if (target == null) {
                continue;
            }
            int earlier = EffectiveActions.indexOf(earlierActions, target);
            if (earlier >= 0 && shapesContext(earlierActions.get(earlier).facts())
                    || recorded.event() instanceof ActionCorrected correction && shapesContext(correction.corrected())) {
                return null;
            }
        }
        Map<String, MeetingEvent> effective = new HashMap<>();
        long earlierLast = later.isEmpty() ? Long.MAX_VALUE : later.get(0).sequence() - 1;
        for (int i = actions.size() - 1; i >= 0 && actions.get(i).original().sequence() > earlierLast; i--) {
            effective.put(actions.get(i).original().eventId(), actions.get(i).facts());
        }
        MeetingContext context = new MeetingContext(new HashMap<>(agendaItems), new HashMap<>(meetingTimes),
                underConsideration, previous);
        context.openSession = openSession;
        context.follow(later, effective);
        return context;
    }

    private static boolean shapesContext(MeetingEvent facts) {
        return facts instanceof AgendaItemTakenUp || facts instanceof AgendaItemConcluded || facts instanceof PlenarySessionClosed
                || facts instanceof PlenarySessionOpened;
    }

    private void follow(List<RecordedEvent> events, Map<String, MeetingEvent> effective) {
        for (RecordedEvent recorded : events) {
            MeetingEvent event = recorded.event();
            MeetingMoment moment = event.moment();
            LocalDateTime time = meetingTime(moment, previous);
            meetingTimes.put(recorded.eventId(), time);
            previous = time;

            String target = target(event);
            if (target != null) {
                String item = agendaItems.get(target);
                if (item != null) {
                    agendaItems.put(recorded.eventId(), item);
                }
                continue;
            }
            MeetingEvent facts = effective.get(recorded.eventId());
            if (facts instanceof PlenarySessionOpened opened) {
                openSession = opened.number();
            }
            if (facts instanceof AgendaItemTakenUp takenUp) {
                underConsideration = Text.text(takenUp.itemNumber());
                agendaItems.put(recorded.eventId(), underConsideration);
            } else if (facts instanceof AgendaItemConcluded concluded) {
                String concludedItem = Text.text(concluded.itemNumber());
                agendaItems.put(recorded.eventId(), concludedItem);
                if (concludedItem != null && concludedItem.equals(underConsideration)) {
                    underConsideration = null;
                }
            } else if (facts instanceof PlenarySessionClosed closed) {
                underConsideration = null;
                if (openSession != null && openSession == closed.number()) {
                    openSession = null;
                }
            } else if (underConsideration != null && moment != null && moment.plenarySession() != null) {
                agendaItems.put(recorded.eventId(), underConsideration);
            }
        }
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

    /**
     * The agenda item under consideration after the last event: the item last taken up (taking up an item ends the
     * consideration of the one before), until it is concluded or its plenary session closes; null when none is.
     */
    public String itemUnderConsideration() {
        return underConsideration;
    }

    /** The plenary session open after the last event, or null. */
    public Integer openSession() {
        return openSession;
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
