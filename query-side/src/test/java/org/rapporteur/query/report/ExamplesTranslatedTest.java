package org.rapporteur.query.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.events.languages.TextsTranslated;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.report.compose.ReportGenerator;
import org.rapporteur.query.report.render.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example records the French of its texts: its French report lists no text left untranslated and needs no
 * note saying a text is as recorded; without those renderings it would list them. Its English report is the same
 * with or without them.
 */
class ExamplesTranslatedTest {

    private static final ReportGenerator GENERATOR = new ReportGenerator();

    @ParameterizedTest
    @ValueSource(strings = {"ccm-12msp", "ccm-13msp-sample", "bwc-9revcon", "cites-cop16", "cites-sample", "ipcc-42"})
    void theFrenchReportHasNoUntranslatedTextAndTheEnglishOneIsUnaffected(String example) {
        MeetingHistory history = ScenarioHistories.of(example);
        MeetingHistory untranslated = new MeetingHistory(history.meetingId(), history.events().stream()
                .filter(e -> !(e.event() instanceof TextsTranslated)).toList());
        assertThat(untranslated.events()).hasSizeLessThan(history.events().size());

        ReportDocument french = GENERATOR.generate(history, "fr");
        assertThat(french.problems()).extracting(ReportDocument.Problem::message).noneMatch(m -> m.contains("rendering"));
        assertThat(new MarkdownRenderer().render(french)).doesNotContain("Texte tel qu’enregistré");
        assertThat(GENERATOR.generate(untranslated, "fr").problems()).extracting(ReportDocument.Problem::message)
                .anyMatch(m -> m.startsWith("no fr rendering of the text recorded as"));

        MarkdownRenderer markdown = new MarkdownRenderer();
        assertThat(markdown.render(GENERATOR.generate(history, "en")))
                .isEqualTo(markdown.render(GENERATOR.generate(untranslated, "en")));
    }
}
