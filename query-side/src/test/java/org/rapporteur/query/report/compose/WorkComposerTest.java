package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.Holder;
import org.rapporteur.events.Person;
import org.rapporteur.events.Speaker;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.events.officers.ElectedOfficer;
import org.rapporteur.events.officers.ElectionMode;
import org.rapporteur.events.officers.OfficersElected;
import org.rapporteur.events.statements.StatementDelivered;
import org.rapporteur.events.statements.StatementKind;
import org.rapporteur.profiles.ReportFact;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.report.compose.FactModel.sitting;

class WorkComposerTest {

    private static final WorkComposer WORK = new WorkComposer();

    @Test
    void the_term_of_office_recorded_with_an_election_is_said() {
        org.rapporteur.events.officers.TermOfOffice term = new org.rapporteur.events.officers.TermOfOffice(
                new org.rapporteur.events.SessionRef("session", 9), new org.rapporteur.events.SessionRef("session", 10), null, null, null);
        FactModel model = new FactModel("cites").log(new PlenarySessionOpened(sitting(1), 1),
                new OfficersElected(sitting(1), "chair", List.of(new ElectedOfficer(
                        new Holder(new Person("Ms.", "Ana Example", null, null, StateCode.of("KEN"), null), null, null), term)),
                        ElectionMode.ACCLAMATION, null, null, null));

        assertThat(model.write(WORK, "en", ReportFact.OFFICERS_ELECTED).paragraphs()).singleElement().asString()
                .endsWith("The term of office runs from the ninth meeting of the Conference of the Parties until the close of"
                        + " the tenth meeting of the Conference of the Parties.");
        assertThat(model.write(WORK, "fr", ReportFact.OFFICERS_ELECTED).paragraphs()).singleElement().asString()
                .endsWith("Le mandat court à compter de la neuvième session de la Conférence des Parties jusqu’à la clôture"
                        + " de la dixième session de la Conférence des Parties.");
    }

    private static ElectedOfficer officer(String name, String state, String pronoun) {
        return new ElectedOfficer(new Holder(new Person(null, name, null, null, StateCode.of(state), pronoun), null, null), null);
    }

    private static StatementDelivered statement(String state, Integer order) {
        return new StatementDelivered(sitting(2), new Speaker(StateCode.of(state), null, null, null), null, null, order, null,
                StatementKind.GENERAL_DEBATE, null);
    }

    @Test
    void several_officers_are_elected_to_the_plural_of_their_office_in_the_gender_of_their_pronouns() {
        FactModel model = new FactModel("bwc").log(new PlenarySessionOpened(sitting(1), 1),
                new OfficersElected(sitting(1), "vice-president", List.of(officer("Ana Uno", "BRA", "her"),
                        officer("Eva Dos", "KEN", "her")), ElectionMode.ACCLAMATION, null, null, null));

        assertThat(model.write(WORK, "en", ReportFact.OFFICERS_ELECTED).paragraphs()).containsExactly(
                "At the first plenary meeting, on 6 May 2030, Ana Uno of Brazil and Eva Dos of Kenya were elected by"
                        + " acclamation as Vice-Presidents of the Ninth Review Conference.");
        assertThat(model.write(WORK, "fr", ReportFact.OFFICERS_ELECTED).paragraphs()).containsExactly(
                "À la première séance plénière, le 6 mai 2030, Ana Uno (Brésil) et Eva Dos (Kenya) ont été élues par"
                        + " acclamation aux fonctions de Vice-Présidentes de la neuvième Conférence d’examen.");
    }

    @Test
    void officers_elected_by_an_earlier_session_are_said_as_that_sessions_election() {
        FactModel model = new FactModel("bwc").log(new PlenarySessionOpened(sitting(1), 1),
                new OfficersElected(sitting(1), "vice-president", List.of(officer("Ana Uno", "BRA", "her"),
                        officer("Eva Dos", "KEN", "her")), ElectionMode.ACCLAMATION, null, null,
                        new org.rapporteur.events.SessionRef("session", 8)));

        assertThat(model.write(WORK, "en", ReportFact.OFFICERS_ELECTED).paragraphs()).containsExactly(
                "The Eighth Review Conference had elected Ana Uno of Brazil and Eva Dos of Kenya as Vice-Presidents of the"
                        + " Ninth Review Conference.");
        assertThat(model.write(WORK, "fr", ReportFact.OFFICERS_ELECTED).paragraphs()).containsExactly(
                "La huitième Conférence d’examen avait élu Ana Uno (Brésil) et Eva Dos (Kenya) aux fonctions de"
                        + " Vice-Présidentes de la neuvième Conférence d’examen.");
    }

    @Test
    void one_officer_of_unknown_gender_is_elected_by_the_meeting_with_no_elu_e() {
        FactModel model = new FactModel("bwc").log(new PlenarySessionOpened(sitting(1), 1),
                new OfficersElected(sitting(1), "president", List.of(officer("Sam Tres", "ITA", null)),
                        ElectionMode.ACCLAMATION, null, null, null));

        assertThat(model.write(WORK, "fr", ReportFact.OFFICERS_ELECTED).paragraphs()).singleElement().asString()
                .contains("la Conférence a élu par acclamation Sam Tres (Italie) aux fonctions de Président de la");
    }

    @Test
    void rule_statements_of_one_sitting_are_one_paragraph_in_speaking_order_whatever_the_order_they_were_logged_in() {
        FactModel model = new FactModel("cites").log(new PlenarySessionOpened(sitting(2), 2),
                statement("JPN", 3), statement("COL", 1), statement("SEN", 2));

        FactModel.Written written = model.write(WORK, "en", ReportFact.STATEMENTS);

        assertThat(written.paragraphs()).containsExactly("At the second plenary session, on 7 May 2030, statements"
                + " were made in the general debate by Colombia, Senegal and Japan.");
        assertThat(written.eventIds().get(0)).containsExactly("e3", "e4", "e2");
    }

    @Test
    void a_group_speaking_on_its_own_behalf_is_named_once_and_one_on_behalf_of_another_names_both() {
        FactModel model = new FactModel("cites").log(new PlenarySessionOpened(sitting(2), 2),
                new StatementDelivered(sitting(2), new Speaker(null, "African Group", null, null), "African Group", null, 1,
                        null, StatementKind.CLOSING, null),
                new StatementDelivered(sitting(2), new Speaker(StateCode.of("SEN"), null, null, null), "African Group", null, 2, null,
                        StatementKind.CLOSING, null));

        assertThat(model.write(WORK, "en", ReportFact.STATEMENTS).paragraphs()).containsExactly("At the second plenary"
                + " session, on 7 May 2030, statements were made in closing by the African Group and Senegal, on behalf of"
                + " the African Group.");
    }

    @Test
    void a_group_recorded_by_its_key_among_the_profiles_regional_groups_is_named_as_the_profile_names_it() {
        FactModel model = new FactModel("ccm").log(new PlenarySessionOpened(sitting(2), 2),
                new StatementDelivered(sitting(2), new Speaker(null, "african", null, null), null, null, 1,
                        null, StatementKind.CLOSING, null),
                new StatementDelivered(sitting(2), new Speaker(StateCode.of("SEN"), null, null, null), "african", null, 2, null,
                        StatementKind.CLOSING, null));

        assertThat(model.write(WORK, "en", ReportFact.STATEMENTS).paragraphs().get(0))
                .endsWith("in closing by the African Group and Senegal, on behalf of the African Group.");
        assertThat(model.write(WORK, "fr", ReportFact.STATEMENTS).paragraphs().get(0))
                .contains("le Groupe des États d’Afrique").contains("au nom du Groupe des États d’Afrique");
    }
}
