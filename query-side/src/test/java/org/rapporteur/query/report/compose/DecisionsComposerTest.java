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
                        null, null, Adoption.CONSENSUS, null, false, false),
                new TextsTranslated(sitting(3), "fr", List.of(new TextsTranslated.Rendering("Budget", "Budget"))));

        assertThat(model.write(DECISIONS, "en", ReportFact.DECISIONS).paragraphs()).containsExactly(
                "The ninth meeting of the Conference of the Parties adopted decision 9.1, “Budget”, by consensus.");
        assertThat(model.write(DECISIONS, "fr", ReportFact.DECISIONS).paragraphs()).containsExactly(
                "La neuvième session de la Conférence des Parties a adopté la décision 9.1, «\u202FBudget\u202F», par consensus.[note]");
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

    private static VoteRecorded vote(int abstaining) {
        return new VoteRecorded(sitting(2), "Draft decision", null, VoteRecorded.Method.RECORDED, 5, 2, abstaining,
                null, null, null, null, VoteRecorded.Result.ADOPTED);
    }
}
