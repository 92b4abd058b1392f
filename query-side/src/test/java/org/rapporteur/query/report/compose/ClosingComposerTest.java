package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.meeting.MeetingClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.profiles.ReportFact;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.report.compose.FactModel.DAY;
import static org.rapporteur.query.report.compose.FactModel.sitting;

class ClosingComposerTest {

    private static final ClosingComposer CLOSING = new ClosingComposer();

    @Test
    void the_closure_is_dated_and_timed_when_the_time_was_logged() {
        FactModel model = new FactModel("bwc").log(new PlenarySessionOpened(sitting(1), 1),
                new MeetingClosed(new MeetingMoment(null, DAY.plusDays(4), LocalTime.of(18, 30))));

        assertThat(model.write(CLOSING, "en", ReportFact.CLOSING).paragraphs())
                .containsExactly("The Ninth Review Conference was closed on 10 May 2030 at 18:30.");
        assertThat(model.write(CLOSING, "fr", ReportFact.CLOSING).paragraphs())
                .containsExactly("La neuvième Conférence d’examen a été close le 10 mai 2030 à 18 h 30.");
    }

    @Test
    void an_untimed_closure_says_only_the_day() {
        FactModel model = new FactModel("cites").log(new MeetingClosed(MeetingMoment.outsidePlenary(DAY)));

        assertThat(model.write(CLOSING, "en", ReportFact.CLOSING).paragraphs())
                .containsExactly("The ninth meeting of the Conference of the Parties was closed on 6 May 2030.");
    }
}
