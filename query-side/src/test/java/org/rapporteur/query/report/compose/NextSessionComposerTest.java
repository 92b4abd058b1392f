package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.SessionRef;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.NextSessionDecided;
import org.rapporteur.profiles.ReportFact;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.report.compose.FactModel.sitting;

class NextSessionComposerTest {

    private static final NextSessionComposer NEXT = new NextSessionComposer();

    @Test
    void the_next_session_is_named_by_the_profile_with_its_city_and_dates_in_the_language() {
        FactModel model = new FactModel("bwc").log(new NextSessionDecided(sitting(5), new SessionRef("session", 10),
                LocalDate.of(2035, 11, 5), LocalDate.of(2035, 11, 23), null, new MeetingConvened.Venue("Geneva", "CHE"), null));

        assertThat(model.write(NEXT, "en", ReportFact.NEXT_MEETING).paragraphs()).containsExactly(
                "The Conference decided that the Tenth Review Conference would be held in Geneva, Switzerland, from 5 to 23 November 2035.");
        assertThat(model.write(NEXT, "fr", ReportFact.NEXT_MEETING).paragraphs()).containsExactly(
                "La Conférence a décidé que la dixième Conférence d’examen se tiendrait à Genève (Suisse) du 5 au 23 novembre 2035.");
    }

    @Test
    void dates_and_venue_left_to_another_are_said_to_be_so() {
        FactModel model = new FactModel("cites").log(new NextSessionDecided(sitting(5), new SessionRef("session", 10),
                null, null, null, null, NextSessionDecided.Delegate.BUREAU));

        assertThat(model.write(NEXT, "en", ReportFact.NEXT_MEETING).paragraphs()).containsExactly(
                "The Conference decided that the dates and venue of the tenth meeting of the Conference of the Parties would be"
                        + " decided by the Bureau.");
    }

    @Test
    void the_costs_adopted_with_the_next_session_share_its_subject() {
        SessionRef tenth = new SessionRef("session", 10);
        FactModel model = new FactModel("bwc")
                .log(new NextSessionDecided(sitting(5), tenth, null, null, null, new MeetingConvened.Venue("Geneva", null), null))
                .log(new org.rapporteur.events.decisions.EstimatedCostsAdopted(sitting(5), tenth, DocumentSymbol.of("BWC/CONF.IX/9"),
                        false, null, null));

        assertThat(model.write(NEXT, "en", ReportFact.NEXT_MEETING, ReportFact.ESTIMATED_COSTS).paragraphs()).containsExactly(
                "The Conference decided that the Tenth Review Conference would be held in Geneva and adopted the"
                        + " estimated costs of the Tenth Review Conference, as contained in document BWC/CONF.IX/9.");
    }

    @Test
    void the_ccm_words_a_next_session_in_the_week_of_a_date_with_the_costs_it_adopted() {
        SessionRef thirteenth = new SessionRef("session", 13);
        FactModel model = new FactModel("ccm")
                .log(new NextSessionDecided(sitting(6), thirteenth, null, null, LocalDate.of(2025, 9, 15),
                        new MeetingConvened.Venue("Geneva", null), null))
                .log(new org.rapporteur.events.decisions.EstimatedCostsAdopted(sitting(6), thirteenth, DocumentSymbol.of("CCM/MSP/2024/8"),
                        true, null, null));

        assertThat(model.write(NEXT, "en", ReportFact.NEXT_MEETING, ReportFact.ESTIMATED_COSTS).paragraphs()).containsExactly(
                "The Meeting also decided that the Thirteenth Meeting of States parties will take place during the week of"
                        + " 15 September 2025 in Geneva and adopted the revised estimated costs of the Thirteenth Meeting of"
                        + " States Parties, as contained in document CCM/MSP/2024/8.");
    }
}
