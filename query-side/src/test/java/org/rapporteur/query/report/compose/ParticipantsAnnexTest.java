package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.membership.ParticipantsAdmitted;
import org.rapporteur.events.participation.Organisation;
import org.rapporteur.events.participation.ParticipantCategory;
import org.rapporteur.events.participation.ParticipantsRegistered;
import org.rapporteur.events.participation.ParticipantsRemoved;
import org.rapporteur.query.report.ReportDocument.AnnexHeading;
import org.rapporteur.query.report.ReportDocument.AnnexList;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of participants by the body's categories, from small hand-built meetings. */
class ParticipantsAnnexTest {

    private static final MeetingMoment BEFORE = MeetingMoment.outsidePlenary(FactModel.DAY);

    @Test
    void by_category_in_the_profiles_order_under_its_name_states_then_organisations_alphabetically() {
        FactModel model = new FactModel("cites").log(
                new ParticipantsAdmitted(BEFORE, "intergovernmental-organisations", null,
                        List.of(new Organisation("UNEP", "United Nations Environment Programme", "UNEP"),
                                new Organisation("FAO", "Food and Agriculture Organization of the United Nations", "FAO"))),
                new ParticipantsAdmitted(BEFORE, "parties", StateCode.list("KEN", "FRA", "CHE"), null),
                new ParticipantsAdmitted(BEFORE, "parties", StateCode.list("JPN", "KEN"), null));

        assertThat(ParticipantsAnnex.blocks(model.context("en"))).containsExactly(
                new AnnexHeading("Parties", 1),
                new AnnexList(List.of("France", "Japan", "Kenya", "Switzerland")),
                new AnnexHeading("Intergovernmental organizations", 1),
                new AnnexList(List.of("Food and Agriculture Organization of the United Nations (FAO)",
                        "United Nations Environment Programme (UNEP)")));
    }

    @Test
    void in_french_the_names_and_headings_are_the_reports_in_french_alphabetical_order() {
        FactModel model = new FactModel("cites").log(
                new ParticipantsAdmitted(BEFORE, "parties", StateCode.list("CHE", "EUU", "COK", "DEU", "USA"), null),
                new ParticipantsAdmitted(BEFORE, "non-party-states", StateCode.list("SSD"), null));

        assertThat(ParticipantsAnnex.blocks(model.context("fr"))).containsExactly(
                new AnnexHeading("Parties", 1),
                new AnnexList(List.of("Allemagne", "États-Unis", "Îles Cook", "Suisse", "Union européenne")),
                new AnnexHeading("États non Parties à la Convention", 1),
                new AnnexList(List.of("Soudan du Sud")));
    }

    @Test
    void the_participants_registered_count_as_they_stand_after_removals() {
        FactModel model = new FactModel("ccm").log(
                new ParticipantsRegistered(BEFORE, ParticipantCategory.STATE_PARTY, StateCode.list("AUT", "BEL", "CHL"), null),
                new ParticipantsRemoved(BEFORE, ParticipantCategory.STATE_PARTY, StateCode.list("BEL"), null),
                new ParticipantsRegistered(BEFORE, ParticipantCategory.SIGNATORY_OBSERVER, StateCode.list("IDN"), null));

        assertThat(ParticipantsAnnex.blocks(model.context("en"))).containsExactly(
                new AnnexHeading("States parties", 1), new AnnexList(List.of("Austria", "Chile")),
                new AnnexHeading("Signatory States", 1), new AnnexList(List.of("Indonesia")));
    }

    @Test
    void participants_of_a_category_the_body_does_not_have_are_a_problem_not_a_heading() {
        FactModel model = new FactModel("cites").log(
                new ParticipantsRegistered(BEFORE, ParticipantCategory.SIGNATORY_OBSERVER, StateCode.list("IDN"), null));
        Context c = model.context("en");

        assertThat(ParticipantsAnnex.blocks(c)).isEmpty();
        assertThat(c.say.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("'signatory-observer'");
            assertThat(p.eventIds()).containsExactly("e1");
        });
    }

    @Test
    void none_recorded_leaves_an_optional_list_out_without_a_problem() {
        Context c = new FactModel("cites").context("en");

        assertThat(c.annexes().draft()).isEmpty();
        assertThat(c.say.problems()).isEmpty();
    }
}
