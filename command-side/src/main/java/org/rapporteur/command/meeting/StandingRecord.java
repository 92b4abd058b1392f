package org.rapporteur.command.meeting;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.ConcernsAgendaItem;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.RequestDecision;
import org.rapporteur.events.RequestPresentation;
import org.rapporteur.events.agenda.AgendaItemConcluded;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.MeetingDatesChanged;
import org.rapporteur.events.meeting.PlenarySessionClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What standing actions stand on, so that no withdrawal or correction pulls it from under them: the agenda items
 * actions are under, the requests decisions decide, the sessions actions sit in; and the meeting's dates as last
 * changed and the item under consideration. Plain fields: it is part of the meeting's snapshot.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class StandingRecord {

    /** Agenda item number by event id of the standing actions under an item. */
    private Map<String, AgendaItemNumber> itemOf = new LinkedHashMap<>();
    /** Request key by event id of the standing decisions on a request. */
    private Map<String, String> decisionOn = new LinkedHashMap<>();
    /** Plenary session by event id of the standing actions in a session (openings and closings excepted). */
    private Map<String, Integer> sessionOf = new LinkedHashMap<>();
    /** First and last day by event id of the convening and of every standing change of dates, in order. */
    private Map<String, Days> dates = new LinkedHashMap<>();
    /** Session number by event id of its opening and closing. */
    private Map<String, Integer> sessions = new LinkedHashMap<>();
    private AgendaItemNumber underConsideration;

    /** The first and last day the meeting sits. */
    record Days(LocalDate first, LocalDate last) {
    }

    void record(String eventId, MeetingEvent event) {
        forget(eventId);
        if (event instanceof ConcernsAgendaItem underItem) {
            itemOf.put(eventId, underItem.itemNumber());
        }
        if (event instanceof RequestDecision decision) {
            decisionOn.put(eventId, decision.requestKey());
        }
        if (event instanceof PlenarySessionOpened opened) {
            sessions.put(eventId, opened.number());
        } else if (event instanceof PlenarySessionClosed closed) {
            sessions.put(eventId, closed.number());
        } else if (event.moment() != null && event.moment().plenarySession() != null) {
            sessionOf.put(eventId, event.moment().plenarySession());
        }
        if (event instanceof MeetingConvened convened) {
            dates.put(eventId, new Days(convened.startsOn(), convened.endsOn()));
        } else if (event instanceof MeetingDatesChanged changed && changed.sittingDays() != null
                && !changed.sittingDays().isEmpty()) {
            List<LocalDate> days = changed.sittingDays().stream().filter(Objects::nonNull).sorted().toList();
            dates.put(eventId, new Days(days.get(0), days.get(days.size() - 1)));
        }
    }

    /** The action as it happened, for the item under consideration (corrections do not move the meeting's clock). */
    void happened(MeetingEvent event) {
        if (event instanceof AgendaItemTakenUp takenUp) {
            underConsideration = takenUp.itemNumber();
        } else if (event instanceof AgendaItemConcluded concluded && concluded.itemNumber().equals(underConsideration)
                || event instanceof PlenarySessionClosed) {
            underConsideration = null;
        }
    }

    void forget(String eventId) {
        itemOf.remove(eventId);
        decisionOn.remove(eventId);
        sessionOf.remove(eventId);
        if (dates.size() > 1 || !dates.containsKey(eventId)) {
            dates.remove(eventId);
        }
    }

    AgendaItemNumber underConsideration() {
        return underConsideration;
    }

    /** The first and last day of the meeting as last changed, or null before it is convened. */
    Days meetingDates() {
        Days last = null;
        for (Days range : dates.values()) {
            last = range;
        }
        return last;
    }

    /** The number of the session this event opened or closed, or null. */
    Integer sessionRecordedBy(String eventId) {
        return sessions.get(eventId);
    }

    List<String> underItems(Predicate<AgendaItemNumber> item) {
        return matching(itemOf, item);
    }

    List<String> decisionsOn(Predicate<String> requestKey) {
        return matching(decisionOn, requestKey);
    }

    List<String> inSession(int session) {
        return matching(sessionOf, s -> s == session);
    }

    private static <V> List<String> matching(Map<String, V> byEvent, Predicate<V> test) {
        return byEvent.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey).toList();
    }

    static String list(Collection<String> eventIds) {
        return String.join(", ", eventIds);
    }
}
