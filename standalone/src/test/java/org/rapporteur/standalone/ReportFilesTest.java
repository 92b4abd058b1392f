package org.rapporteur.standalone;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A report the command line cannot draft is refused, not written as an empty file. */
class ReportFilesTest {

    private static final LocalDate OPENING = LocalDate.of(2024, 8, 19);

    @Test
    void aMeetingOfABodyWhoseProfileIsNotGivenIsRefusedWithItsReason() {
        MeetingHistory history = convened("att-csp10", "att");

        assertThatThrownBy(() -> new ReportFiles().generate(history, null, new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(Rapporteur.InvalidInput.class)
                .hasMessage("no report of att-csp10 can be drafted: att: no body profile 'att' (known: bwc, ccm, cites, ipcc)"
                        + " (a profile of your own: --profiles DIR)");
    }

    @Test
    void aMeetingOfAKnownBodyIsDrafted() {
        MeetingHistory history = convened("ccm-30msp", "ccm");

        assertThat(new ReportFiles().generate(history, null, new PrintStream(new ByteArrayOutputStream())).drafted()).isTrue();
    }

    private static MeetingHistory convened(String meetingId, String profile) {
        MeetingConvened convened = new MeetingConvened(MeetingMoment.outsidePlenary(OPENING.minusYears(1)), profile,
                new MeetingConvened.Convention("A Treaty", "AT", "17", null), 10, "Conference of States Parties",
                new MeetingConvened.Venue("Geneva", "Switzerland"), OPENING, OPENING.plusDays(3), "AT/CSP10", null, null, null);
        return new MeetingHistory(meetingId, List.of(new RecordedEvent(meetingId + "-0", 0, Instant.parse("2024-01-01T00:00:00Z"),
                "secretariat", convened)));
    }
}
