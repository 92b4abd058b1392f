package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.Adoption;
import org.rapporteur.events.decisions.NumberedDecisionAdopted;
import org.rapporteur.events.decisions.VoteRecorded;
import org.rapporteur.events.languages.TextsTranslated;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.profiles.ReportFact;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.report.compose.FactModel.sitting;

class DecisionsComposerTest {

    private static final DecisionsComposer DECISIONS = new DecisionsComposer();

    @Test
    void a_numbered_decision_is_reported_with_its_operative_text_as_lettered_items_and_the_note_on_its_language() {
        FactModel model = new FactModel("cites").log(new PlenarySessionOpened(sitting(3), 3),
                new NumberedDecisionAdopted(sitting(3), "9.1", "Budget", null, null, List.of("Adopts the budget."),
                        null, null, Adoption.CONSENSUS, null, false, false, null),
                new TextsTranslated(sitting(3), "fr", List.of(new TextsTranslated.Rendering("Budget", "Budget"))));

        assertThat(model.write(DECISIONS, "en", ReportFact.DECISIONS).paragraphs()).containsExactly(
                "At the third plenary session, on 8 May 2030, the Conference adopted decision 9.1, “Budget”, by consensus.");
        assertThat(model.write(DECISIONS, "fr", ReportFact.DECISIONS).paragraphs()).containsExactly(
                "À la troisième séance plénière, le 8 mai 2030, la Conférence a adopté la décision 9.1, «\u202FBudget\u202F», par consensus.[note]");
    }

    @Test
    void a_vote_counts_its_abstentions_in_the_singular_or_the_plural() {
        FactModel one = new FactModel("cites").log(vote(1));
        FactModel several = new FactModel("cites").log(vote(8));

        assertThat(one.write(DECISIONS, "en", ReportFact.DECISIONS).paragraphs()).singleElement().asString()
                .endsWith("adopted by 5 votes to 2, with 1 abstention.");
        assertThat(several.write(DECISIONS, "fr", ReportFact.DECISIONS).paragraphs()).singleElement().asString()
                .endsWith("par 5 voix contre 2, avec 8 abstentions.");
    }

    @Test
    void a_vote_without_abstentions_says_so() {
        assertThat(new FactModel("cites").log(vote(0)).write(DECISIONS, "en", ReportFact.DECISIONS).paragraphs())
                .singleElement().asString().endsWith("adopted by 5 votes to 2, with no abstentions.");
    }

    @Test
    void an_extension_granted_without_a_subject_an_analysis_or_reporting_is_said_without_them() {
        FactModel model = new FactModel("bwc").log(new org.rapporteur.events.decisions.ExtensionRequestGranted(sitting(4),
                org.rapporteur.events.StateCode.of("THA"), new org.rapporteur.events.ArticleReference("5"), 3,
                java.time.LocalDate.of(2026, 11, 1), null, null, true, null));

        assertThat(model.write(DECISIONS, "en", ReportFact.EXTENSIONS_GRANTED).paragraphs()).containsExactly(
                "Taking into account the requests submitted under Article 5 of the Convention, the Conference took the"
                        + " following decisions:",
                "The Conference assessed the request submitted by Thailand for an extension of its deadline for completing"
                        + " its obligations in accordance with Article 5 of the Convention and agreed to grant"
                        + " the request for an extension of three years until 1 November 2026.",
                "The Conference noted the importance of Thailand keeping the States Parties regularly apprised of any other"
                        + " pertinent developments regarding the implementation of its Article 5 obligations during the period"
                        + " covered by the request, as necessary.");
    }

    @Test
    void an_extension_granted_by_consensus_says_so() {
        FactModel model = new FactModel("bwc").log(new org.rapporteur.events.decisions.ExtensionRequestGranted(sitting(4),
                org.rapporteur.events.StateCode.of("THA"), new org.rapporteur.events.ArticleReference("5"), 3,
                java.time.LocalDate.of(2026, 11, 1), null, null, false, Adoption.CONSENSUS));

        assertThat(model.write(DECISIONS, "en", ReportFact.EXTENSIONS_GRANTED).paragraphs()).contains(
                "The Conference assessed the request submitted by Thailand for an extension of its deadline for completing"
                        + " its obligations in accordance with Article 5 of the Convention and agreed by consensus to grant"
                        + " the request for an extension of three years until 1 November 2026.");
        assertThat(model.write(DECISIONS, "fr", ReportFact.EXTENSIONS_GRANTED).paragraphs()).anyMatch(p -> p.contains(
                "et a décidé par consensus d’accorder la prolongation demandée de trois ans, jusqu’au 1er novembre 2026."));
    }

    private static VoteRecorded vote(int abstaining) {
        return new VoteRecorded(sitting(2), "Draft decision", null, VoteRecorded.Method.RECORDED, 5, 2, abstaining,
                null, null, null, null, VoteRecorded.Result.ADOPTED);
    }
}
