package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.Adoption;
import org.rapporteur.events.decisions.Annex;
import org.rapporteur.events.decisions.NumberedDecisionAdopted;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.profiles.ReportOutline.AnnexKind;
import org.rapporteur.query.report.ReportDocument.AnnexBlock;
import org.rapporteur.query.report.ReportDocument.AnnexHeading;
import org.rapporteur.query.report.ReportDocument.AnnexNote;
import org.rapporteur.query.report.ReportDocument.AnnexParagraph;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.report.compose.FactModel.sitting;

/** The annex of the texts of numbered decisions, from small meetings of the IPCC (whose outline annexes them first). */
class DecisionsAnnexTest {

    private static NumberedDecisionAdopted decision(int sitting, String number, String title, List<String> text, List<Annex> annexes) {
        return new NumberedDecisionAdopted(sitting(sitting), number, title, null, null, text, annexes, null,
                Adoption.CONSENSUS, null, false, false, null);
    }

    private static FactModel meeting() {
        return new FactModel("ipcc").log(new PlenarySessionOpened(sitting(1), 1), new PlenarySessionOpened(sitting(2), 2),
                decision(2, "IPCC/IX-2", "Programme", List.of("Approves the programme of the {session:10}."), null),
                decision(1, "IPCC/IX-1", "Budget", List.of("Thanks the Secretariat.", "Adopts the budget."), List.of(
                        new Annex("Table 1", List.of("Secretariat: CHF 100,000."), null),
                        new Annex("Table 2", null, DocumentSymbol.of("IPCC-IX/Doc. 2")),
                        new Annex("Table 3", null, null))));
    }

    @Test
    void each_decision_adopted_with_its_text_in_the_order_adopted_under_its_number_and_title_with_its_own_annexes() {
        Context c = meeting().context("en");

        assertThat(DecisionsAnnex.blocks(c)).containsExactly(
                new AnnexHeading("Decision IPCC/IX-1. Budget", 1),
                new AnnexParagraph("1.", "Thanks the Secretariat."),
                new AnnexParagraph("2.", "Adopts the budget."),
                new AnnexNote("Annex to the decision: “Table 3”."),
                new AnnexHeading("Annex: Table 1", 2),
                new AnnexParagraph(null, "Secretariat: CHF 100,000."),
                new AnnexHeading("Annex: Table 2", 2),
                new AnnexParagraph(null, "The annex is contained in document IPCC-IX/Doc. 2."),
                new AnnexHeading("Decision IPCC/IX-2. Programme", 1),
                new AnnexParagraph(null, "Approves the programme of the Tenth Session of the IPCC."));
        assertThat(c.say.problems()).isEmpty();
    }

    @Test
    void in_french_the_texts_stay_as_adopted_under_the_note_the_report_uses_for_that() {
        Context c = meeting().context("fr");
        List<AnnexBlock> blocks = DecisionsAnnex.blocks(c);

        assertThat(blocks.get(0)).isEqualTo(new AnnexNote(
                "Les textes adoptés par le Groupe d’experts sont reproduits dans la langue dans laquelle ils ont été adoptés (anglais)."));
        assertThat(blocks.get(1)).isEqualTo(new AnnexHeading("Décision IPCC/IX-1. Budget", 1));
        assertThat(blocks.get(2)).isEqualTo(new AnnexParagraph("1.", "Thanks the Secretariat."));
        assertThat(blocks).contains(new AnnexNote("Annexe de la décision\u202F: «\u202FTable 3\u202F»."),
                new AnnexHeading("Annexe\u202F: Table 1", 2), new AnnexParagraph(null, "L’annexe figure dans le document IPCC-IX/Doc. 2."));
    }

    @Test
    void the_report_points_to_the_annex_by_its_number_instead_of_repeating_the_text() {
        FactModel model = meeting();

        assertThat(model.context("en").annexNumber(AnnexKind.DECISIONS)).isEqualTo("I");
        assertThat(model.write(new DecisionsComposer(), "en", ReportFact.DECISIONS).paragraphs()).containsExactly(
                "At the first plenary session, on 6 May 2030, the Panel adopted decision IPCC/IX-1, “Budget”, by consensus. The text of the decision is contained in Annex\u00a0I to this report.",
                "At the second plenary session, on 7 May 2030, the Panel adopted decision IPCC/IX-2, “Programme”, by consensus. The text of the decision is contained in Annex\u00a0I to this report.");
        assertThat(model.write(new DecisionsComposer(), "fr", ReportFact.DECISIONS).paragraphs()).first().asString()
                .endsWith("Le texte de la décision figure à l’annexe\u00a0I du présent rapport.");
    }

    @Test
    void a_numbered_decision_adopted_without_its_text_is_a_problem_never_an_empty_heading() {
        FactModel model = new FactModel("ipcc").log(new PlenarySessionOpened(sitting(1), 1),
                decision(1, "IPCC/IX-1", "Budget", List.of("Adopts the budget."), null),
                decision(1, "IPCC/IX-2", "Programme", null, null));
        Context c = model.context("en");

        List<org.rapporteur.query.report.ReportDocument.Annex> annexes = c.annexes().draft();

        assertThat(annexes).extracting(org.rapporteur.query.report.ReportDocument.Annex::kind).containsExactly("decisions");
        assertThat(annexes.get(0).blocks()).filteredOn(AnnexHeading.class::isInstance)
                .containsExactly(new AnnexHeading("Decision IPCC/IX-1. Budget", 1));
        assertThat(c.say.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("decision IPCC/IX-2").contains("without its text recorded");
            assertThat(p.eventIds()).containsExactly("e3");
        });
    }

    @Test
    void with_no_decision_text_at_all_the_annex_is_left_out_and_the_next_one_takes_its_number() {
        FactModel model = new FactModel("ipcc").log(new PlenarySessionOpened(sitting(1), 1),
                decision(1, "IPCC/IX-1", "Budget", null, null),
                new org.rapporteur.events.documents.DocumentSubmitted(sitting(1), DocumentSymbol.of("IPCC-IX/Doc. 1"), "Agenda", null,
                        org.rapporteur.events.documents.DocumentKind.AGENDA));
        Context c = model.context("en");

        assertThat(c.annexNumber(AnnexKind.DECISIONS)).isNull();
        assertThat(c.annexNumber(AnnexKind.DOCUMENTS)).isEqualTo("I");
        assertThat(c.annexes().draft()).extracting(a -> a.number() + " " + a.kind()).containsExactly("I documents");
        assertThat(c.say.problems()).extracting(org.rapporteur.query.report.ReportDocument.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("decision IPCC/IX-1"))
                .anySatisfy(m -> assertThat(m).contains("nothing recorded for the annex of kind 'decisions'"))
                // the list of participants is optional for the IPCC: no problem when none were recorded
                .noneSatisfy(m -> assertThat(m).contains("'participants'"));
    }
}
