package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.Holder;
import org.rapporteur.events.Person;
import org.rapporteur.events.Speaker;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.agenda.DecisionMakingAgreed;
import org.rapporteur.events.agenda.RulesOfProcedureAdopted;
import org.rapporteur.events.credentials.CredentialsReportApproved;
import org.rapporteur.events.Adoption;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.meeting.MeetingClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.events.officers.ElectedOfficer;
import org.rapporteur.events.officers.ElectionMode;
import org.rapporteur.events.officers.OfficersElected;
import org.rapporteur.events.statements.StatementDelivered;
import org.rapporteur.events.statements.StatementKind;
import org.rapporteur.query.report.ReportDocument.Problem;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.report.compose.FactModel.DAY;
import static org.rapporteur.query.report.compose.FactModel.sitting;

/** The outline's parts written by their composers, and the rules that hold across composers. */
class CompositionTest {

    private static List<String> written(FactModel model, String language, List<Problem> problems) {
        Context c = model.context(language);
        List<String> out = new ArrayList<>();
        for (Composition.WrittenPart part : Composition.write(c, p -> p.id())) {
            out.add(part.number() + " " + part.heading());
            for (Object block : part.blocks()) {
                if (block instanceof DraftParagraph p) {
                    out.add(p.text().stream().map(Object::toString).reduce("", String::concat));
                } else {
                    out.add(block.toString());
                }
            }
        }
        problems.addAll(c.say.problems());
        return out;
    }

    @Test
    void rule_nothing_recorded_goes_unsaid_a_fact_no_part_reports_is_a_problem() {
        FactModel model = new FactModel("ipcc").log(
                new CredentialsReportApproved(MeetingMoment.inPlenary(2, DAY), null, Adoption.WITHOUT_A_VOTE));
        List<Problem> problems = new ArrayList<>();

        written(model, "en", problems);

        // the outline's parts with nothing recorded are problems of their own (tested below)
        assertThat(problems).filteredOn(p -> !p.message().startsWith("part '")).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("'credentials' was recorded but no part of the 'ipcc' outline reports it");
            assertThat(p.eventIds()).containsExactly("e1");
        });
    }

    @Test
    void rule_nothing_recorded_goes_unsaid_holds_for_what_the_convening_records_too() {
        FactModel model = new FactModel("cites", null, new org.rapporteur.events.meeting.MeetingConvened.Mandate(
                "{session:8}", null, null, null, null, null));
        List<Problem> problems = new ArrayList<>();

        written(model, "en", problems);

        assertThat(problems).filteredOn(p -> !p.message().startsWith("part '")).singleElement().satisfies(p ->
                assertThat(p.message()).contains("'mandate' was recorded but no part of the 'cites' outline reports it"));
    }

    @Test
    void a_fact_the_profile_leaves_out_is_no_problem() {
        FactModel model = new FactModel("ccm").log(new MeetingClosed(MeetingMoment.outsidePlenary(DAY)));
        List<Problem> problems = new ArrayList<>();

        written(model, "en", problems);

        assertThat(problems).noneMatch(p -> p.message().contains("'closing'"));
    }

    /**
     * "The same facts logged in a different order at the same meeting moment give the same report": every order of
     * the opening sitting's facts (the organisation of work, an election, statements with their speaking order).
     * Facts whose order is itself the record (two decisions, one after the other) are not among them.
     */
    @Test
    void the_same_facts_logged_in_any_order_at_the_same_moment_give_the_same_report() {
        List<MeetingEvent> sameMoment = List.of(
                new AgendaAdopted(sitting(1), DocumentSymbol.of("X/9/1"), List.of(new AgendaItem(AgendaItemNumber.of("1"), "Opening", null))),
                new RulesOfProcedureAdopted(sitting(1), RulesOfProcedureAdopted.Status.ADOPTED, null, null, null, null),
                new DecisionMakingAgreed(sitting(1), DecisionMakingAgreed.Mode.CONSENSUS, false, null),
                new OfficersElected(sitting(1), "president", List.of(new ElectedOfficer(
                        new Holder(new Person(null, "Ana Uno", null, null, StateCode.of("BRA"), "her"), null, null), null)),
                        ElectionMode.ACCLAMATION, null, null, null),
                new StatementDelivered(sitting(1), new Speaker(StateCode.of("JPN"), null, null, null), null, null, 2, null,
                        StatementKind.GENERAL_DEBATE, null),
                new StatementDelivered(sitting(1), new Speaker(StateCode.of("KEN"), null, null, null), null, null, 1, null,
                        StatementKind.GENERAL_DEBATE, null));
        List<List<String>> reports = new ArrayList<>();
        for (List<MeetingEvent> order : permutations(sameMoment)) {
            FactModel model = new FactModel("bwc").log(new PlenarySessionOpened(sitting(1), 1));
            order.forEach(model::log);
            model.log(new MeetingClosed(MeetingMoment.outsidePlenary(DAY)));
            List<Problem> problems = new ArrayList<>();
            reports.add(written(model, "fr", problems));
            assertThat(problems).isEmpty();
        }

        assertThat(reports).hasSize(720).allSatisfy(r -> assertThat(r).isEqualTo(reports.get(0)));
        assertThat(String.join("\n", reports.get(0))).contains("le Kenya et le Japon", "Ana Uno (Brésil) a été élue");
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> one = new ArrayList<>();
                one.add(first);
                one.addAll(tail);
                all.add(one);
            }
        }
        return all;
    }

    @Test
    void a_part_with_nothing_recorded_to_report_is_a_problem_listed_with_the_report_not_a_bare_heading() {
        FactModel model = new FactModel("ipcc").log(new PlenarySessionOpened(sitting(1), 1));
        List<Problem> problems = new ArrayList<>();

        written(model, "en", problems);

        assertThat(problems).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("part 'elections' of the 'ipcc' outline has nothing to report"));
    }
}
