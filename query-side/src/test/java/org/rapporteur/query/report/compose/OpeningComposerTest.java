package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.Person;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.agenda.RulesOfProcedureAdopted;
import org.rapporteur.events.meeting.MeetingOpened;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.profiles.ReportFact;

import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.report.compose.FactModel.sitting;

class OpeningComposerTest {

    private static final OpeningComposer OPENING = new OpeningComposer();

    private static AgendaAdopted agenda() {
        return new AgendaAdopted(sitting(1), DocumentSymbol.of("X/9/1"), List.of(new AgendaItem(AgendaItemNumber.of("1"), "Opening", null)));
    }

    private static RulesOfProcedureAdopted rules() {
        return new RulesOfProcedureAdopted(sitting(1), RulesOfProcedureAdopted.Status.ADOPTED, null, null, null, null);
    }

    @Test
    void a_meeting_whose_opening_is_not_logged_opens_with_its_first_sitting_in_the_profiles_terms() {
        FactModel model = new FactModel("bwc").log(new PlenarySessionOpened(sitting(1, LocalTime.of(10, 0)), 1),
                new PlenarySessionOpened(sitting(2), 2));

        assertThat(model.write(OPENING, "en", ReportFact.OPENING).paragraphs())
                .containsExactly("The Conference was opened on 6 May 2030 at 10:00.");
        assertThat(model.write(OPENING, "fr", ReportFact.OPENING).paragraphs())
                .containsExactly("La Conférence a été ouverte le 6 mai 2030 à 10 heures.");
    }

    @Test
    void a_logged_opening_is_the_meetings_and_the_first_sitting_does_not_open_it_again() {
        FactModel model = new FactModel("bwc").log(new PlenarySessionOpened(sitting(1), 1),
                new MeetingOpened(sitting(1), new Person("Ambassador", "Ada Example", null, null, StateCode.of("ITA"), "her"),
                        MeetingOpened.Capacity.TEMPORARY_PRESIDENT));

        FactModel.Written written = model.write(OPENING, "en", ReportFact.OPENING);

        assertThat(written.paragraphs()).containsExactly(
                "The Conference was opened on 6 May 2030 by Ambassador Ada Example of Italy, Temporary President.");
        assertThat(written.eventIds()).containsExactly(List.of("e2"));
    }

    @Test
    void a_first_session_has_no_session_before_it() {
        FactModel model = new FactModel("bwc").numbered(1).log(new PlenarySessionOpened(sitting(1), 1),
                new MeetingOpened(sitting(1), new Person(null, "Ada Example", null, null, StateCode.of("ITA"), "her"),
                        MeetingOpened.Capacity.OUTGOING_PRESIDENT));
        FactModel.Written outgoing = model.write(OPENING, "en", ReportFact.OPENING);
        assertThat(outgoing.paragraphs()).isEmpty();
        assertThat(outgoing.problems()).singleElement().asString().contains("previous");

        FactModel president = new FactModel("bwc").numbered(1).log(new PlenarySessionOpened(sitting(1), 1),
                new MeetingOpened(sitting(1), new Person(null, "Ada Example", null, null, StateCode.of("ITA"), "her"),
                        MeetingOpened.Capacity.PRESIDENT));
        assertThat(president.write(OPENING, "en", ReportFact.OPENING).paragraphs()).containsExactly(
                "The Conference was opened on 6 May 2030 by Ada Example of Italy, President of the First Review Conference.");
    }

    @Test
    void an_opener_of_unknown_gender_is_worded_without_president_e() {
        FactModel model = new FactModel("bwc").log(new PlenarySessionOpened(sitting(1), 1),
                new MeetingOpened(sitting(1), new Person(null, "Sam Tres", null, null, StateCode.of("ITA"), null), null),
                new PlenarySessionOpened(sitting(2), 2));

        assertThat(model.write(OPENING, "fr", ReportFact.OPENING).paragraphs()).singleElement().asString()
                .contains("par Sam Tres (Italie), qui assurait la présidence de la neuvième Conférence d’examen.")
                .doesNotContain("(e)");
    }

    @Test
    void observers_of_one_of_the_bodys_own_categories_are_confirmed_under_its_rule() {
        FactModel model = new FactModel("cites").log(new PlenarySessionOpened(sitting(1), 1), agenda(),
                new org.rapporteur.events.participation.ObserverStatusConfirmed(sitting(1), null, "non-governmental-organisations", true));

        assertThat(model.write(OPENING, "en", ReportFact.ORGANISATION_OF_WORK).paragraphs()).singleElement().asString()
                .endsWith("The Conference also unanimously confirmed the observer status of the organizations, participating"
                        + " under rule 2 of the Rules of Procedure.");
    }

    @Test
    void rule_the_organisation_of_work_of_one_sitting_is_one_paragraph_whatever_the_order_it_was_logged_in() {
        FactModel agendaFirst = new FactModel("cites").log(new PlenarySessionOpened(sitting(1), 1), agenda(), rules());
        FactModel rulesFirst = new FactModel("cites").log(new PlenarySessionOpened(sitting(1), 1), rules(), agenda());

        List<String> written = agendaFirst.write(OPENING, "en", ReportFact.ORGANISATION_OF_WORK).paragraphs();

        assertThat(written).containsExactly("At the first plenary session, on 6 May 2030, the Conference adopted its"
                + " agenda, as contained in document X/9/1, and adopted its rules of procedure.");
        assertThat(rulesFirst.write(OPENING, "en", ReportFact.ORGANISATION_OF_WORK).paragraphs()).isEqualTo(written);
    }

    @Test
    void the_sittings_are_counted_between_the_first_and_the_last() {
        FactModel model = new FactModel("ipcc").log(new PlenarySessionOpened(sitting(1), 1),
                new PlenarySessionOpened(sitting(3), 2));

        assertThat(model.write(OPENING, "fr", ReportFact.SESSIONS).paragraphs()).containsExactly(
                "La neuvième session du GIEC a tenu deux séances plénières entre le 6 et le 8 mai 2030.");
    }

    @Test
    void a_sitting_numbered_eighth_means_eight_were_held_though_fewer_were_logged() {
        FactModel model = new FactModel("bwc").log(new PlenarySessionOpened(sitting(1), 1),
                new PlenarySessionOpened(sitting(8), 8));

        assertThat(model.write(OPENING, "en", ReportFact.SESSIONS).paragraphs()).containsExactly(
                "The Ninth Review Conference held eight plenary meetings between 6 and 13 May 2030.");
    }
}
