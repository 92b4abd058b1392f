package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.Person;
import org.rapporteur.events.officers.SecretariatMemberServed;
import org.rapporteur.events.officers.SecretariatRole;
import org.rapporteur.profiles.ReportFact;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationComposerTest {

    private static final OrganizationComposer ORGANIZATION = new OrganizationComposer();

    @Test
    void the_venue_and_dates_are_those_of_the_convening_in_the_language_of_the_report() {
        FactModel model = new FactModel("ipcc");

        assertThat(model.write(ORGANIZATION, "en", ReportFact.VENUE_AND_DATES).paragraphs()).containsExactly(
                "The Ninth Session of the IPCC was held in Geneva, Switzerland, from 6 to 10 May 2030.");
        assertThat(model.write(ORGANIZATION, "fr", ReportFact.VENUE_AND_DATES).paragraphs()).containsExactly(
                "La neuvième session du GIEC s’est tenue à Genève (Suisse) du 6 au 10 mai 2030.");
    }

    @Test
    void a_secretariat_members_position_stands_between_commas_and_none_leaves_no_comma() {
        FactModel model = new FactModel("ccm").log(
                new SecretariatMemberServed(FactModel.sitting(1), new Person("Ms", "Ada Example", "Director", null, null, "her"),
                        SecretariatRole.PARTICIPANT_IN_THE_WORK, null),
                new SecretariatMemberServed(FactModel.sitting(1), new Person("Mr", "Sam Tres", null, null, null, "his"),
                        SecretariatRole.SECRETARY_OF_THE_MEETING, null));

        assertThat(model.write(ORGANIZATION, "en", ReportFact.SECRETARIAT).paragraphs()).containsExactly(
                "Ms Ada Example, Director, participated in the work of the Meeting.",
                "Mr Sam Tres served as Secretary of the Meeting.");
    }

    @Test
    void a_secretariat_member_may_serve_in_one_of_the_bodys_offices() {
        FactModel model = new FactModel("bwc").log(
                new SecretariatMemberServed(FactModel.sitting(1), new Person("Ms", "Ada Example", "Director", null, null, "her"),
                        null, "secretary-general"));

        assertThat(model.write(ORGANIZATION, "en", ReportFact.SECRETARIAT).paragraphs()).containsExactly(
                "Ms Ada Example, Director, served as Secretary-General of the Conference.");
        assertThat(model.write(ORGANIZATION, "fr", ReportFact.SECRETARIAT).paragraphs()).singleElement().asString()
                .endsWith("a assuré les fonctions de Secrétaire général de la Conférence.");
    }
}
