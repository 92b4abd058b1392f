package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.Holder;
import org.rapporteur.events.Person;
import org.rapporteur.events.SessionRef;
import org.rapporteur.events.Speaker;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.officers.TermOfOffice;
import org.rapporteur.events.experts.ExpertBodyMembersElected;
import org.rapporteur.events.experts.ExpertMember;
import org.rapporteur.events.finance.BudgetApproved;
import org.rapporteur.events.finance.ContributionPledged;
import org.rapporteur.events.finance.Money;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.events.officers.ElectionMode;
import org.rapporteur.events.officers.RotationUnderstandingRecorded;
import org.rapporteur.events.statements.CourtesiesExpressed;
import org.rapporteur.events.statements.ReservationsRecorded;
import org.rapporteur.events.statements.StatementKind;
import org.rapporteur.events.statements.WrittenStatementCirculated;
import org.rapporteur.profiles.ReportFact;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.report.compose.FactModel.sitting;

/** Pledges and budgets, expert bodies, courtesies, written statements, reservations and rotations, in both languages. */
class NewKindsComposersTest {

    private static Money usd(long amount) {
        return new Money(BigDecimal.valueOf(amount), "USD");
    }

    private static Speaker state(String code) {
        return new Speaker(StateCode.of(code), null, null, null);
    }

    @Test
    void rule_pledges_of_one_sitting_in_one_paragraph_each_pledge_an_item() {
        FactModel model = new FactModel("cites").log(new PlenarySessionOpened(sitting(1), 1),
                new ContributionPledged(sitting(1), state("CHE"), usd(5000), "Trust Fund", 2031, false, null),
                new ContributionPledged(sitting(1), state("NOR"), usd(700), null, null, true, "approval by its parliament"));

        FactModel.Written en = model.write(new FinanceComposer(), "en", ReportFact.FINANCE);

        assertThat(en.paragraphs()).containsExactly(
                "At the first plenary session, on 6 May 2030, the following contributions were pledged:");
        assertThat(en.eventIds()).containsExactly(List.of("e2", "e3"));
        assertThat(en.problems()).isEmpty();
    }

    @Test
    void a_budget_is_stated_with_its_total_in_the_language_s_way_of_writing_amounts() {
        FactModel model = new FactModel("cites").log(new PlenarySessionOpened(sitting(1), 1),
                new BudgetApproved(sitting(1), "2031-2033", usd(3000000),
                        List.of(new BudgetApproved.Line("Secretariat", usd(3000000))), "9.1", null));

        assertThat(model.write(new FinanceComposer(), "en", ReportFact.FINANCE).paragraphs()).containsExactly(
                "At the first plenary session, on 6 May 2030, the Conference approved, in decision 9.1, the budget for"
                        + " 2031-2033, totalling USD 3,000,000, as follows:");
        assertThat(model.write(new FinanceComposer(), "fr", ReportFact.FINANCE).paragraphs()).containsExactly(
                "À la première séance plénière, le 6 mai 2030, la Conférence a approuvé, par la décision 9.1, le budget"
                        + " pour 2031-2033, d’un montant total de 3\u202F000\u202F000 USD, réparti comme suit\u202F:");
    }

    @Test
    void a_budget_recorded_without_its_lines_ends_with_its_total() {
        FactModel model = new FactModel("cites").log(new PlenarySessionOpened(sitting(1), 1),
                new BudgetApproved(sitting(1), "2031-2033", usd(3000000), null, "9.1", null));

        assertThat(model.write(new FinanceComposer(), "en", ReportFact.FINANCE).paragraphs()).containsExactly(
                "At the first plenary session, on 6 May 2030, the Conference approved, in decision 9.1, the budget for"
                        + " 2031-2033, totalling USD 3,000,000.");
    }

    @Test
    void members_of_an_expert_body_are_listed_with_region_and_term() {
        FactModel model = new FactModel("cites").log(new PlenarySessionOpened(sitting(1), 1),
                new ExpertBodyMembersElected(sitting(1), "Plants Committee", List.of(new ExpertMember(
                        new Holder(new Person(null, "Ana Example", null, null, StateCode.of("KEN"), null), null, "africa"), null,
                        new TermOfOffice(null, new SessionRef("session", 11), null, null, null), false)),
                        ElectionMode.ACCLAMATION));

        FactModel.Written en = model.write(new ExpertBodiesComposer(), "en", ReportFact.EXPERT_BODIES);

        assertThat(en.paragraphs()).containsExactly(
                "At the first plenary session, on 6 May 2030, the following member of the Plants Committee was elected by acclamation:");
        assertThat(en.problems()).isEmpty();
    }

    @Test
    void courtesies_name_who_thanked_whom() {
        FactModel model = new FactModel("ipcc").log(new CourtesiesExpressed(sitting(1),
                List.of(new Speaker(null, "African Group", null, null)),
                List.of(CourtesiesExpressed.Thanked.HOST_GOVERNMENT, CourtesiesExpressed.Thanked.SECRETARIAT)));

        assertThat(model.write(new CourtesiesComposer(), "en", ReportFact.COURTESIES).paragraphs()).containsExactly(
                "Statements of thanks were made by the African Group, who thanked the host Government and the secretariat.");
        assertThat(model.write(new CourtesiesComposer(), "fr", ReportFact.COURTESIES).paragraphs()).containsExactly(
                "Des remerciements ont été exprimés par le Groupe africain, qui a remercié le Gouvernement hôte et le secrétariat.");
    }

    @Test
    void rule_written_statements_of_one_sitting_and_kind_in_one_paragraph() {
        FactModel model = new FactModel("cites").log(new PlenarySessionOpened(sitting(1), 1),
                new WrittenStatementCirculated(sitting(1), state("FRA"), DocumentSymbol.of("X/INF/1"), null, StatementKind.GENERAL_DEBATE),
                new WrittenStatementCirculated(sitting(1), state("CHE"), DocumentSymbol.of("X/INF/2"), null, StatementKind.GENERAL_DEBATE));

        FactModel.Written en = model.write(new WorkComposer(), "en", ReportFact.STATEMENTS);

        assertThat(en.paragraphs()).containsExactly("At the first plenary session, on 6 May 2030, written statements were"
                + " circulated in the general debate by France (X/INF/1) and Switzerland (X/INF/2).");
        assertThat(en.eventIds()).containsExactly(List.of("e2", "e3"));
    }

    @Test
    void reservations_on_an_agenda_item_are_recorded_without_naming_who() {
        FactModel model = new FactModel("cites").log(new ReservationsRecorded(sitting(1),
                ReservationsRecorded.Who.SEVERAL_REPRESENTATIVES, ReservationsRecorded.Stance.CONCERN, null, AgendaItemNumber.of("5")));

        assertThat(model.write(new DecisionsComposer(), "en", ReportFact.DECISIONS).paragraphs())
                .containsExactly("Several representatives expressed concern with regard to agenda item 5.");
        assertThat(model.write(new DecisionsComposer(), "fr", ReportFact.DECISIONS).paragraphs())
                .containsExactly("Plusieurs représentants ont exprimé des préoccupations au sujet du point 5 de l’ordre du jour.");
    }

    @Test
    void a_rotation_understood_names_the_region_and_the_session() {
        FactModel model = new FactModel("cites").log(new RotationUnderstandingRecorded(sitting(1), "chair",
                new SessionRef("session", 11), "asia", null));

        assertThat(model.write(new WorkComposer(), "en", ReportFact.OFFICERS_ELECTED).paragraphs()).containsExactly(
                "It was understood that the office of Chair at the eleventh meeting of the Conference of the Parties"
                        + " would go to a candidate from Asia.");
    }

    @Test
    void french_names_of_states_take_their_article_from_the_language_s_table() {
        FactModel model = new FactModel("cites").log(new PlenarySessionOpened(sitting(1), 1),
                new WrittenStatementCirculated(sitting(1), state("JPN"), DocumentSymbol.of("X/INF/1"), null, StatementKind.CLOSING),
                new WrittenStatementCirculated(sitting(1), state("USA"), DocumentSymbol.of("X/INF/2"), null, StatementKind.CLOSING),
                new WrittenStatementCirculated(sitting(1), state("EUU"), DocumentSymbol.of("X/INF/3"), null, StatementKind.CLOSING),
                new WrittenStatementCirculated(sitting(1), state("CUB"), DocumentSymbol.of("X/INF/4"), null, StatementKind.CLOSING));

        assertThat(model.write(new WorkComposer(), "fr", ReportFact.STATEMENTS).paragraphs()).singleElement()
                .asString().endsWith("par le Japon (X/INF/1), les États-Unis (X/INF/2), l’Union européenne (X/INF/3) et Cuba (X/INF/4).");
    }

    @Test
    void a_rotation_to_a_state_says_to_it_in_the_language() {
        FactModel model = new FactModel("cites").log(new RotationUnderstandingRecorded(sitting(1), "chair",
                new SessionRef("session", 11), null, StateCode.of("JPN")));

        assertThat(model.write(new WorkComposer(), "fr", ReportFact.OFFICERS_ELECTED).paragraphs()).singleElement()
                .asString().endsWith("reviendraient au Japon.");
        assertThat(model.write(new WorkComposer(), "en", ReportFact.OFFICERS_ELECTED).paragraphs()).singleElement()
                .asString().endsWith("would go to Japan.");
    }
}
