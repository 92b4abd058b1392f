package org.rapporteur.command.meeting;

import org.axonframework.serialization.Revision;
import org.rapporteur.events.FinalReportAdoption;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.RequestDecision;
import org.rapporteur.events.RequestPresentation;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.meeting.MeetingClosed;
import org.rapporteur.events.meeting.PlenarySessionClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;

import java.time.LocalDate;
import java.util.List;

/** Actions of the Twelfth Meeting, as the rules' tests record them. */
final class Proceedings {

    static final String MEETING = "ccm-12msp";
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 9, 10);

    private Proceedings() {
    }

    static MeetingMoment inSession(int session) {
        return MeetingMoment.inPlenary(session, FIRST_DAY);
    }

    static PlenarySessionOpened sessionOpened(int number) {
        return new PlenarySessionOpened(inSession(number), number);
    }

    static PlenarySessionClosed sessionClosed(int number) {
        return new PlenarySessionClosed(inSession(number), number);
    }

    static AgendaAdopted agendaAdopted(int session, String... items) {
        return new AgendaAdopted(inSession(session), "CCM/MSP/2024/1",
                java.util.Arrays.stream(items).map(n -> new AgendaItem(n, "Item " + n, null)).toList());
    }

    static AgendaItemTakenUp itemTakenUp(int session, String item) {
        return new AgendaItemTakenUp(inSession(session), item);
    }

    static DocumentSubmitted documentSubmitted(String symbol) {
        return new DocumentSubmitted(MeetingMoment.outsidePlenary(FIRST_DAY), symbol, "Provisional agenda", "President",
                DocumentKind.AGENDA);
    }

    static MeetingClosed meetingClosed(int session) {
        return new MeetingClosed(inSession(session));
    }

    static ActionCorrected corrected(String eventId, org.rapporteur.events.MeetingEvent facts) {
        return new ActionCorrected(MeetingMoment.outsidePlenary(FIRST_DAY), eventId, "wrong facts logged", facts);
    }

    static ActionWithdrawn withdrawn(String eventId) {
        return new ActionWithdrawn(MeetingMoment.outsidePlenary(FIRST_DAY), eventId, "logged in error");
    }

    /** A request presented to the meeting, as the work family's request events will be. */
    @Revision("1")
    record RequestPresented(MeetingMoment moment, String state, String article) implements PlenaryAction, RequestPresentation {
        @Override
        public String requestKey() {
            return state + " article " + article;
        }
    }

    /** A decision on a request, as the decisions family's grant events will be. */
    @Revision("1")
    record RequestGranted(MeetingMoment moment, String state, String article) implements PlenaryAction, RequestDecision {
        @Override
        public String requestKey() {
            return state + " article " + article;
        }
    }

    /** The final report's adoption, as the decisions family's event will be. */
    @Revision("1")
    record ReportAdopted(MeetingMoment moment, String symbol) implements PlenaryAction, FinalReportAdoption {
    }

    static List<Object> openedWithAgenda() {
        return List.of(ConveningTest.TWELFTH, sessionOpened(1), agendaAdopted(1, "1", "2", "7"));
    }
}
