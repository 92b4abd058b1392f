package org.rapporteur.command.meeting;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.ArticleReference;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.decisions.ExtensionRequestGranted;
import org.rapporteur.events.decisions.ReportAdopted;
import org.rapporteur.events.work.ExtensionRequestPresented;

import org.rapporteur.events.MeetingMoment;
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
        return new AgendaAdopted(inSession(session), DocumentSymbol.of("CCM/MSP/2024/1"),
                java.util.Arrays.stream(items).map(n -> new AgendaItem(AgendaItemNumber.of(n), "Item " + n, null)).toList());
    }

    static AgendaItemTakenUp itemTakenUp(int session, String item) {
        return new AgendaItemTakenUp(inSession(session), AgendaItemNumber.of(item));
    }

    static DocumentSubmitted documentSubmitted(String symbol) {
        return new DocumentSubmitted(MeetingMoment.outsidePlenary(FIRST_DAY), DocumentSymbol.of(symbol), "Provisional agenda", "President",
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

    /** A decision on a request (the rules need only its State and article). */
    static ExtensionRequestGranted grant(MeetingMoment moment, String state, String article) {
        return new ExtensionRequestGranted(moment, StateCode.of(state), ArticleReference.of(article), 1, FIRST_DAY.plusYears(1), List.of(), null, false, null);
    }

    /** The final report's adoption under a symbol (the rules need only that it is one). */
    static ReportAdopted reportAdopted(MeetingMoment moment, String symbol) {
        return new ReportAdopted(moment, null, false, false, null, DocumentSymbol.of(symbol), null);
    }

    static List<Object> openedWithAgenda() {
        return List.of(ConveningTest.TWELFTH, sessionOpened(1), agendaAdopted(1, "1", "2", "7"));
    }
}
