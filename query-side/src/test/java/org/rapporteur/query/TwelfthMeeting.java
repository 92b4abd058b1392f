package org.rapporteur.query;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Person;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.agenda.AgendaItemConcluded;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.PlenarySessionClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Builds meeting histories for tests: events get ids e0, e1, … and log one minute apart. */
public final class TwelfthMeeting {

    public static final String ID = "ccm-12msp";
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 9, 10);
    public static final Instant LOGGING_STARTS = Instant.parse("2024-09-10T08:00:00Z");

    private final List<RecordedEvent> events = new ArrayList<>();

    public static TwelfthMeeting convened() {
        return new TwelfthMeeting().log(convening());
    }

    public TwelfthMeeting log(MeetingEvent event) {
        int n = events.size();
        events.add(new RecordedEvent("e" + n, n, LOGGING_STARTS.plusSeconds(60L * n), "clerk", event));
        return this;
    }

    /** The id the next logged event will get. */
    public String nextId() {
        return "e" + events.size();
    }

    public String lastId() {
        return "e" + (events.size() - 1);
    }

    public MeetingHistory history() {
        return new MeetingHistory(ID, events);
    }

    public static MeetingConvened convening() {
        return new MeetingConvened(MeetingMoment.outsidePlenary(LocalDate.of(2023, 9, 14)),
                "ccm", new MeetingConvened.Convention("Convention on Cluster Munitions", "CCM", "11", null),
                12, "Meeting of States Parties", new MeetingConvened.Venue("Geneva", "Switzerland"),
                FIRST_DAY, FIRST_DAY.plusDays(3), "CCM/MSP/2024", null, null, null);
    }

    /** Two sessions a day; a session past the fourth day (long scripted meetings) is held on the last day. */
    public static MeetingMoment plenary(int session) {
        return MeetingMoment.inPlenary(session, FIRST_DAY.plusDays(Math.min(3, (session - 1) / 2)));
    }

    public static MeetingMoment plenary(int session, int hour, int minute) {
        return new MeetingMoment(session, FIRST_DAY.plusDays((session - 1) / 2), LocalTime.of(hour, minute));
    }

    public static PlenarySessionOpened opened(int session) {
        return new PlenarySessionOpened(plenary(session), session);
    }

    public static PlenarySessionClosed closed(int session) {
        return new PlenarySessionClosed(plenary(session), session);
    }

    public static AgendaAdopted agenda(int session) {
        return new AgendaAdopted(plenary(session), DocumentSymbol.of("CCM/MSP/2024/1"), List.of(
                new AgendaItem(AgendaItemNumber.of("1"), "Opening of the Meeting", null),
                new AgendaItem(AgendaItemNumber.of("2"), "Adoption of the agenda", null),
                new AgendaItem(AgendaItemNumber.of("10"), "Consideration of requests submitted under Article 4", null),
                new AgendaItem(AgendaItemNumber.of("11"), "Any other business", null)));
    }

    public static AgendaItemTakenUp takenUp(int session, String item) {
        return new AgendaItemTakenUp(plenary(session), AgendaItemNumber.of(item));
    }

    public static AgendaItemConcluded concluded(int session, String item) {
        return new AgendaItemConcluded(plenary(session), AgendaItemNumber.of(item), false);
    }

    public static AgendaItemConcluded deferred(int session, String item) {
        return new AgendaItemConcluded(plenary(session), AgendaItemNumber.of(item), true);
    }

    public static DocumentSubmitted document(int session, String symbol, String title) {
        return new DocumentSubmitted(plenary(session), DocumentSymbol.of(symbol), title, "Secretariat", DocumentKind.WORKING_PAPER);
    }

    public static ActionCorrected correction(int session, String eventId, MeetingEvent corrected, String reason) {
        return new ActionCorrected(plenary(session), eventId, reason, corrected);
    }

    public static ActionWithdrawn withdrawal(int session, String eventId, String reason) {
        return new ActionWithdrawn(plenary(session), eventId, reason);
    }

    /** States elected vice-president by acclamation. */
    public static org.rapporteur.events.officers.OfficersElected vicePresidents(MeetingMoment moment, String... states) {
        return new org.rapporteur.events.officers.OfficersElected(moment, "vice-president", java.util.Arrays.stream(states)
                .map(state -> new org.rapporteur.events.officers.ElectedOfficer(new org.rapporteur.events.Holder(null, StateCode.of(state), null), null))
                .toList(), org.rapporteur.events.officers.ElectionMode.ACCLAMATION, null, null, null);
    }

    public static Person person(String honorific, String name, String state) {
        return new Person(honorific, name, null, null, StateCode.of(state), "her");
    }
}
