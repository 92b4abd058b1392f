package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.credentials.CredentialsExamined;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.events.membership.MembershipReported;
import org.rapporteur.events.subsidiary.SubsidiaryBodyEstablished;
import org.rapporteur.events.subsidiary.SubsidiaryBodyKind;
import org.rapporteur.events.subsidiary.SubsidiaryBodyReportActedOn;
import org.rapporteur.events.subsidiary.SubsidiaryBodyReported;
import org.rapporteur.profiles.ReportFact;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.report.compose.FactModel.DAY;
import static org.rapporteur.query.report.compose.FactModel.sitting;

class MembershipComposerTest {

    private static final MembershipComposer MEMBERSHIP = new MembershipComposer();

    private static SubsidiaryBodyEstablished established(String key, String name, List<String> items) {
        return new SubsidiaryBodyEstablished(sitting(1), key, SubsidiaryBodyKind.MAIN_COMMITTEE, name, null, items == null ? null : items.stream().map(AgendaItemNumber::of).toList(),
                null, null, true);
    }

    @Test
    void a_subsidiary_body_is_established_to_consider_one_agenda_item_or_several() {
        FactModel model = new FactModel("bwc").log(new PlenarySessionOpened(sitting(1), 1),
                established("drafting", "Drafting Committee", List.of("16")),
                established("whole", "Committee of the Whole", List.of("10", "11", "12")));

        assertThat(model.write(MEMBERSHIP, "en", ReportFact.SUBSIDIARY_BODIES).paragraphs()).containsExactly(
                "The Drafting Committee was established to consider agenda item 16.",
                "The Committee of the Whole was established to consider agenda items 10, 11 and 12.");
        assertThat(model.write(MEMBERSHIP, "fr", ReportFact.SUBSIDIARY_BODIES).paragraphs()).containsExactly(
                "Le Comité de rédaction a été créé pour examiner le point 16 de l’ordre du jour.",
                "La Commission plénière a été créée pour examiner les points 10, 11 et 12 de l’ordre du jour.");
    }

    @Test
    void a_body_named_by_its_number_takes_no_article_in_english() {
        FactModel model = new FactModel("cites").log(new PlenarySessionOpened(sitting(1), 1),
                established("committee-i", "Committee I", List.of("61")),
                new SubsidiaryBodyReported(sitting(2), "committee-i", DocumentSymbol.of("X/9/Com.I"), false, null, null),
                established("wg-2", "Working Group 2", null));

        assertThat(model.write(MEMBERSHIP, "en", ReportFact.SUBSIDIARY_BODIES).paragraphs()).containsExactly(
                "Committee I was established to consider agenda item 61.",
                "Working Group 2 was established.",
                "The report of Committee I was presented (X/9/Com.I).");
        assertThat(model.write(MEMBERSHIP, "fr", ReportFact.SUBSIDIARY_BODIES).paragraphs()).first()
                .isEqualTo("Le Comité I a été créé pour examiner le point 61 de l’ordre du jour.");
    }

    @Test
    void a_standing_body_of_the_profile_reports_by_its_name_in_the_reports_language() {
        FactModel model = new FactModel("cites").log(new PlenarySessionOpened(sitting(1), 1),
                new SubsidiaryBodyReported(sitting(1), "standing-committee", DocumentSymbol.of("X/9/Doc.10"), false, null, null),
                new SubsidiaryBodyReportActedOn(sitting(1), "standing-committee", SubsidiaryBodyReportActedOn.Action.TOOK_NOTE));

        assertThat(model.write(MEMBERSHIP, "en", ReportFact.SUBSIDIARY_BODIES).paragraphs()).containsExactly(
                "The report of the Standing Committee was presented (X/9/Doc.10). The Conference took note of the report.");
        assertThat(model.write(MEMBERSHIP, "fr", ReportFact.SUBSIDIARY_BODIES).paragraphs()).singleElement().asString()
                .startsWith("Le rapport du Comité permanent a été présenté (X/9/Doc.10).");
    }

    @Test
    void rule_a_subsidiary_bodys_report_with_what_the_plenary_did_with_it_is_one_paragraph() {
        FactModel model = new FactModel("cites").log(new PlenarySessionOpened(sitting(1), 1),
                established("budget", "budget committee", null),
                new SubsidiaryBodyReported(sitting(2), "budget", DocumentSymbol.of("X/9/Com.1"), false, null, null),
                new SubsidiaryBodyReportActedOn(sitting(2), "budget", SubsidiaryBodyReportActedOn.Action.ADOPTED));

        FactModel.Written written = model.write(MEMBERSHIP, "en", ReportFact.SUBSIDIARY_BODIES);

        assertThat(written.paragraphs()).containsExactly("The budget committee was established.",
                "The report of the budget committee was presented (X/9/Com.1). The Conference adopted the report.");
        assertThat(written.eventIds().get(1)).containsExactly("e3", "e4");
    }

    @Test
    void an_action_on_a_report_not_presented_is_its_own_paragraph() {
        FactModel model = new FactModel("cites").log(established("budget", "budget committee", null),
                new SubsidiaryBodyReportActedOn(sitting(2), "budget", SubsidiaryBodyReportActedOn.Action.TOOK_NOTE));

        assertThat(model.write(MEMBERSHIP, "fr", ReportFact.SUBSIDIARY_BODIES).paragraphs()).last()
                .isEqualTo("La Conférence a pris note du rapport du budget committee.");
    }

    @Test
    void credentials_are_examined_by_a_body_named_as_established_and_an_unknown_body_is_a_problem_not_a_key() {
        FactModel named = new FactModel("cites").log(established("credentials", "Credentials Committee", null),
                new CredentialsExamined(sitting(2), "credentials", null, null, 120, null, null));
        FactModel unknown = new FactModel("cites").log(
                new CredentialsExamined(sitting(2), "credentials-committee", null, null, 120, null, null));

        assertThat(named.write(MEMBERSHIP, "en", ReportFact.CREDENTIALS).paragraphs()).containsExactly(
                "The Credentials Committee examined the credentials of representatives: 120 were in due form.");
        FactModel.Written written = unknown.write(MEMBERSHIP, "en", ReportFact.CREDENTIALS);
        assertThat(written.paragraphs()).isEmpty();
        assertThat(written.problems()).first().satisfies(p -> {
            assertThat(p.message()).contains("'credentials-committee' names no subsidiary body");
            assertThat(p.eventIds()).containsExactly("e1");
        });
    }

    @Test
    void the_membership_is_counted_in_the_profiles_word_for_members() {
        FactModel model = new FactModel("bwc").log(new MembershipReported(sitting(1), 184, DAY, null, null));

        assertThat(model.write(MEMBERSHIP, "fr", ReportFact.MEMBERSHIP).paragraphs())
                .containsExactly("Au 6 mai 2030, les États parties étaient au nombre de 184.");
    }
}
