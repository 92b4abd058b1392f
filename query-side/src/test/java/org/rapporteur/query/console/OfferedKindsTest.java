package org.rapporteur.query.console;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.meeting.MeetingClosed;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.TwelfthMeeting;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Record list offers a body the kinds its profile's report states, not another body's own kinds; a closed meeting
 * only what it still records.
 */
class OfferedKindsTest {

    private final ConsoleDesk desk = new ConsoleDesk(null, null,
            new ActionForms(jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator()), null, null);

    @Test
    void theCcmIsOfferedItsOwnKindsAndTheGeneralOnes() {
        List<String> offered = offered(desk.kinds(TwelfthMeeting.convened().history()));
        assertThat(offered).contains("extension-request-presented", "working-group-coordinators-appointed",
                "implementation-reviewed", "officers-elected", "numbered-decision-adopted");
    }

    @Test
    void anotherBodyIsNotOfferedTheKindsOfAFactItsReportDoesNotState() {
        MeetingConvened ipcc = new MeetingConvened(MeetingMoment.outsidePlenary(LocalDate.of(2015, 9, 1)), "ipcc",
                new MeetingConvened.Convention("Intergovernmental Panel on Climate Change", "IPCC", null, null), 42,
                "Session of the IPCC", new MeetingConvened.Venue("Dubrovnik", "Croatia"), LocalDate.of(2015, 10, 5),
                LocalDate.of(2015, 10, 8), "IPCC-XLII", null, null, null);
        MeetingHistory history = new MeetingHistory("ipcc-42", List.of(
                new RecordedEvent("e0", 0, Instant.parse("2015-09-01T08:00:00Z"), "clerk", ipcc)));
        List<String> offered = offered(desk.kinds(history));
        assertThat(offered).doesNotContain("extension-request-presented", "analysis-presented", "extension-request-granted",
                "working-group-coordinators-appointed", "implementation-reviewed", "compliance-declared",
                "next-president-elected", "estimated-costs-adopted");
        assertThat(offered).as("the IPCC's report states work reports").contains("work-reported");
        assertThat(offered).contains("officers-elected", "numbered-decision-adopted", "next-session-decided");
        assertThat(ConsoleDesk.shortcuts(desk.kinds(history))).extracting(ConsoleDesk.KindChoice::kind).doesNotContain("extension-request-presented");
    }

    @Test
    void aClosedMeetingIsOfferedOnlyWhatAClosedMeetingStillRecords() {
        TwelfthMeeting meeting = TwelfthMeeting.convened().log(TwelfthMeeting.opened(1)).log(TwelfthMeeting.closed(1));
        assertThat(offered(desk.kinds(meeting.history()))).contains("plenary-session-opened", "document-submitted");
        meeting.log(new MeetingClosed(MeetingMoment.outsidePlenary(TwelfthMeeting.FIRST_DAY)));
        assertThat(offered(desk.kinds(meeting.history()))).containsExactly("texts-translated");
        assertThat(ConsoleDesk.shortcuts(desk.kinds(meeting.history()))).extracting(ConsoleDesk.KindChoice::kind)
                .allMatch("texts-translated"::equals);
        String closing = meeting.lastId();
        meeting.log(new ActionWithdrawn(MeetingMoment.outsidePlenary(TwelfthMeeting.FIRST_DAY), closing, "closed too early"));
        assertThat(offered(desk.kinds(meeting.history()))).as("the closing withdrawn").contains("plenary-session-opened");
    }

    private static List<String> offered(Map<String, List<ConsoleDesk.KindChoice>> kinds) {
        return kinds.values().stream().flatMap(List::stream).map(ConsoleDesk.KindChoice::kind).toList();
    }
}
