package org.rapporteur.query.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.command.scenario.Scenario;
import org.rapporteur.profiles.BodyProfiles;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.report.compose.ReportGenerator;
import org.rapporteur.query.report.render.MarkdownRenderer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body no profile ships for (the Arms Trade Treaty's Conference of States Parties and the Basel Convention's
 * Conference of the Parties, samples written by new users from the docs alone: a profile of its own without any
 * wording of its own, and a scenario file) is reported by the
 * shipped generator and wording with no code for it: no problem in its first language, in the other only the texts
 * it did not translate, no sentence with a hole, nothing of another body's words; and as its golden copy
 * ({@code src/test/resources/unshipped/<meeting>.<lang>.md}; {@code -Dgolden.update=true} writes it anew).
 */
class UnshippedBodyReportTest {

    private static final Path UNSHIPPED = Path.of("src/test/resources/unshipped");
    private static final ReportGenerator GENERATOR = new ReportGenerator(BodyProfiles.load(Optional.of(UNSHIPPED.resolve("profiles"))));

    /** A sentence each report must have, by meeting and language: what the sample was written to show. */
    private static final Map<String, String> SHOWN = Map.of(
            "att-csp10-sample.en", "as Vice-Presidents of the Eleventh Conference of States Parties",
            "att-csp10-sample.fr", "aux fonctions de Vice-Présidents de la onzième Conférence des États parties",
            "basel-cop16-sample.en", "co-chaired by Carla Muster of Germany and Kofi Exemple of Senegal",
            "basel-cop16-sample.fr", "sous la coprésidence de Carla Muster (Allemagne) et de Kofi Exemple (Sénégal)");

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"att-csp10-sample, en", "att-csp10-sample, fr", "basel-cop16-sample, en", "basel-cop16-sample, fr"})
    void aMeetingOfABodyNoProfileShipsForIsReportedWithTheShippedWording(String meeting, String language) throws IOException {
        MeetingHistory history = ScenarioHistories.of(Scenario.read(UNSHIPPED.resolve(meeting + ".yaml")));
        ReportDocument report = GENERATOR.generate(history, language);
        String markdown = new MarkdownRenderer().render(report);

        assertThat(report.drafted()).isTrue();
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.message()).as("problems in " + language)
                .startsWith("no " + language + " rendering of the text recorded as"));
        if (language.equals("en")) {
            assertThat(report.problems()).isEmpty();
        }
        assertThat(markdown).doesNotContainPattern("\\{[a-zA-Z][\\w.-]*(,[^}]*)?\\}").doesNotContain("null")
                .doesNotContainPattern("\\s[.,;:]").doesNotContainPattern("\\b(\\w+) \\1\\b")
                .doesNotContainIgnoringCase("cluster munition").doesNotContain("CCM").doesNotContain("Lausanne")
                .doesNotContain("documents.un.org");
        assertThat(markdown).contains(SHOWN.get(meeting + "." + language));

        Path golden = UNSHIPPED.resolve(meeting + "." + language + ".md");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, markdown, StandardCharsets.UTF_8);
        }
        assertThat(markdown).as("the golden report " + golden + " (-Dgolden.update=true writes it anew)")
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
