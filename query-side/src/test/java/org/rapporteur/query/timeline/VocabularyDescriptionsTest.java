package org.rapporteur.query.timeline;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.Adoption;
import org.rapporteur.events.Holder;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Person;
import org.rapporteur.events.SessionRef;
import org.rapporteur.events.Speaker;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.decisions.ConsiderationDeferred;
import org.rapporteur.events.decisions.NumberedDecisionAdopted;
import org.rapporteur.events.decisions.VoteRecorded;
import org.rapporteur.events.officers.ElectedOfficer;
import org.rapporteur.events.officers.ElectionMode;
import org.rapporteur.events.officers.OfficersElected;
import org.rapporteur.events.statements.StatementDelivered;
import org.rapporteur.events.statements.StatementKind;
import org.rapporteur.events.subsidiary.Chair;
import org.rapporteur.events.subsidiary.SubsidiaryBodyEstablished;
import org.rapporteur.events.subsidiary.SubsidiaryBodyKind;
import org.rapporteur.events.subsidiary.SubsidiaryBodyReported;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline describes the any-body vocabulary's kinds from their facts. */
class VocabularyDescriptionsTest {

    private static final MeetingMoment AT = MeetingMoment.inPlenary(2, LocalDate.of(2015, 10, 6));

    @Test
    void everyKindOfTheCatalogueHasADescription() throws Exception {
        Properties templates = new Properties();
        try (InputStream in = ActionDescriptions.class.getResourceAsStream("/timeline/descriptions.properties")) {
            templates.load(in);
        }
        List<String> undescribed = org.rapporteur.events.catalogue.Actions.names().stream()
                .filter(k -> !k.startsWith("action-") && !templates.containsKey(k)).toList();
        assertThat(undescribed).isEmpty();
    }

    @Test
    void officersVotesStatementsDecisionsAndDeferralsReadAsFacts() {
        assertThat(ActionDescriptions.describe(new OfficersElected(AT, "chair", List.of(new ElectedOfficer(
                new Holder(new Person(null, "Hoesung Lee", null, null, StateCode.of("KOR"), null), null, "region-ii-asia"), null)),
                ElectionMode.SECRET_BALLOT, null, null, null))).isEqualTo("Hoesung Lee elected chair by secret ballot");
        assertThat(ActionDescriptions.describe(new VoteRecorded(AT, "motion to reopen the debate", null,
                VoteRecorded.Method.SECRET_BALLOT, 44, 83, 8, null, null, null, null, VoteRecorded.Result.REJECTED)))
                .isEqualTo("Vote on motion to reopen the debate: 44 in favour, 83 against, 8 abstaining; rejected");
        assertThat(ActionDescriptions.describe(new StatementDelivered(AT, new Speaker(StateCode.of("JPN"), null, null, null), null, null,
                1, AgendaItemNumber.of("76"), StatementKind.EXPLANATION_OF_VOTE, null)))
                .isEqualTo("Statement (explanation of vote) by JPN under item 76");
        assertThat(ActionDescriptions.describe(new NumberedDecisionAdopted(AT, "IPCC/XLII-1", "Trust Fund and Programme",
                null, null, null, null, null, Adoption.CONSENSUS, null, false, false, null)))
                .isEqualTo("Decision IPCC/XLII-1 adopted by consensus: Trust Fund and Programme");
        assertThat(ActionDescriptions.describe(new ConsiderationDeferred(AT, AgendaItemNumber.of("4"), null, new SessionRef("session", 25))))
                .isEqualTo("Item 4 deferred to session 25");
    }

    @Test
    void anAmountReadsInFiguresNotInScientificNotation() {
        assertThat(ActionDescriptions.describe(new org.rapporteur.events.finance.BudgetApproved(AT, "2032-2033",
                new org.rapporteur.events.finance.Money(new java.math.BigDecimal("1E+7"), "USD"), null, null, null)))
                .isEqualTo("Budget for 2032-2033 approved: 10000000 USD");
    }

    @Test
    void aTranslationNamesItsLanguageInWordsWithTheNumberOfTexts() {
        assertThat(ActionDescriptions.describe(new org.rapporteur.events.languages.TextsTranslated(AT, "fr", List.of(
                new org.rapporteur.events.languages.TextsTranslated.Rendering("Provisional agenda", "Ordre du jour provisoire"),
                new org.rapporteur.events.languages.TextsTranslated.Rendering("Final report", "Rapport final")))))
                .isEqualTo("Texts rendered in French (2)");
    }

    @Test
    void anOptionalPartOfOptionalPartsIsLeftOutWholeWhenNoneOfThemIsThere() {
        assertThat(ActionDescriptions.describe(new SubsidiaryBodyEstablished(AT, "financial-task-team",
                SubsidiaryBodyKind.WORKING_GROUP, "Financial Task Team", null, null, null, null, true)))
                .isEqualTo("Financial Task Team established");
        assertThat(ActionDescriptions.describe(new SubsidiaryBodyEstablished(AT, "contact-group",
                SubsidiaryBodyKind.CONTACT_GROUP, "Contact group on finance", List.of(new Chair(
                new Holder(null, StateCode.of("NOR"), null), Chair.Role.CHAIR)), null, null, null, true)))
                .isEqualTo("Contact group on finance established, chaired by NOR");
    }

    @Test
    void aKeyTheMeetingNamedReadsAsItsName() {
        SubsidiaryBodyReported reported = new SubsidiaryBodyReported(AT, "financial-task-team", null, false, null, null);
        assertThat(ActionDescriptions.describe(reported)).isEqualTo("Report of financial-task-team presented");
        assertThat(ActionDescriptions.describe(reported, java.util.Map.of("financial-task-team", "Financial Task Team")))
                .as("a description described before without names is not kept for the meeting that named the key")
                .isEqualTo("Report of Financial Task Team presented");
    }
}
