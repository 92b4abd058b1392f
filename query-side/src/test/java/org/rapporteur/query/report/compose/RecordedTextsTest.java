package org.rapporteur.query.report.compose;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Person;
import org.rapporteur.events.languages.TextsTranslated;
import org.rapporteur.events.languages.TextsTranslated.Rendering;
import org.rapporteur.events.officers.SecretariatMemberServed;
import org.rapporteur.events.officers.SecretariatRole;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.ReportDocument.Problem;
import org.rapporteur.query.report.wording.Footnotes;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The meeting's glossary as a report in another language uses it: rendered, or as recorded with one note and a problem. */
class RecordedTextsTest {

    private static final MeetingMoment AFTER = MeetingMoment.outsidePlenary(FactModel.DAY.plusDays(10));

    private static FactModel meeting() {
        return new FactModel("bwc").log(new TextsTranslated(AFTER, "fr", List.of(
                new Rendering("Provisional agenda", "Ordre du jour provisoire"),
                new Rendering("Political Affairs Officer", "spécialiste des questions politiques"))));
    }

    @Test
    void aRecordedTextIsWrittenAsTheGlossaryRendersItAndListsNoProblem() {
        Context c = meeting().context("fr");
        assertThat(c.texts.of("Provisional agenda")).isEqualTo("Ordre du jour provisoire");
        assertThat(c.texts.plain("Provisional agenda")).isEqualTo("Ordre du jour provisoire");
        assertThat(c.say.problems()).isEmpty();
    }

    @Test
    void aLaterRenderingOfTheSameTextReplacesTheEarlierOne() {
        Context c = meeting().log(new TextsTranslated(AFTER, "fr",
                List.of(new Rendering("Provisional agenda", "Ordre du jour provisoire (révisé)")))).context("fr");
        assertThat(c.texts.of("Provisional agenda")).isEqualTo("Ordre du jour provisoire (révisé)");
    }

    @Test
    void aTextWithoutRenderingIsPrintedAsRecordedWithOneNoteAndEachMissingTextListedOnce() {
        Context c = meeting().context("fr");
        String first = c.texts.of("financial constraints");
        List<Footnotes.Piece> pieces = c.say.footnotes().split(first);
        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0)).isEqualTo(new Footnotes.Words("financial constraints"));
        assertThat(((Footnotes.Cited) pieces.get(1)).note().text()).isEqualTo("Texte tel qu’enregistré en anglais.");

        assertThat(c.texts.of("the host country's generosity")).isEqualTo("the host country's generosity");
        assertThat(c.texts.of("financial constraints")).isEqualTo("financial constraints");
        assertThat(c.texts.plain("List of participants")).isEqualTo("List of participants");
        assertThat(c.say.problems()).extracting(Problem::message).containsExactly(
                "no fr rendering of the text recorded as “financial constraints” (record it with texts-translated, language fr)",
                "no fr rendering of the text recorded as “the host country's generosity” (record it with texts-translated, language fr)",
                "no fr rendering of the text recorded as “List of participants” (record it with texts-translated, language fr)");
    }

    @Test
    void whereNoNoteCanStandATextIsAsRecordedAndTheNoteWaitsForRunningText() {
        Context c = meeting().context("fr");
        assertThat(c.texts.withoutNote(() -> "Présenté par " + c.texts.of("Some Delegation"))).isEqualTo("Présenté par Some Delegation");
        assertThat(c.say.footnotes().split(c.texts.of("financial constraints"))).hasSize(2);
        assertThat(c.say.problems()).hasSize(2);
    }

    @Test
    void aTextWithoutLettersNeedsNoRendering() {
        Context c = meeting().context("fr");
        assertThat(c.texts.of("2032-2034")).isEqualTo("2032-2034");
        assertThat(c.say.problems()).isEmpty();
    }

    @Test
    void aSymbolIsNoTextToTranslateButATitleIs() {
        Context c = meeting().context("fr");
        assertThat(c.texts.subject("CoP16 Prop. 42", false)).isEqualTo("CoP16 Prop. 42");
        assertThat(c.say.problems()).isEmpty();
        assertThat(c.texts.subject("Motion to reopen the debate", false)).startsWith("Motion to reopen the debate");
        assertThat(c.say.problems()).hasSize(1);
    }

    @Test
    void inTheLanguageTheMeetingWasRecordedInEveryTextStaysAsRecorded() {
        Context c = meeting().context("en");
        assertThat(c.texts.of("Provisional agenda")).isEqualTo("Provisional agenda");
        assertThat(c.texts.of("financial constraints")).isEqualTo("financial constraints");
        assertThat(c.say.problems()).isEmpty();
    }

    @Test
    void aComposerWritesAPersonsPositionAsRendered() {
        FactModel model = meeting().log(new SecretariatMemberServed(FactModel.sitting(1),
                new Person("Mr.", "Peter Kolarov", "Political Affairs Officer", null, null, "his"),
                SecretariatRole.SECRETARY_OF_THE_MEETING, null));
        FactModel.Written french = model.write(new OrganizationComposer(), "fr", ReportFact.SECRETARIAT);
        assertThat(french.paragraphs()).singleElement().asString()
                .startsWith("M. Peter Kolarov, spécialiste des questions politiques, a assuré les fonctions de secrétaire");
        assertThat(french.problems()).isEmpty();
        FactModel.Written english = model.write(new OrganizationComposer(), "en", ReportFact.SECRETARIAT);
        assertThat(english.paragraphs()).singleElement().asString().contains("Political Affairs Officer");
    }
}
