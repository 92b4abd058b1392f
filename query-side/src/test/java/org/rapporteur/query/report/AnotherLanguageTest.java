package org.rapporteur.query.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.command.scenario.Scenario;
import org.rapporteur.profiles.BodyProfiles;
import org.rapporteur.profiles.Messages;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.report.compose.ReportGenerator;
import org.rapporteur.query.report.render.MarkdownRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A language no message ships in (here Spanish) is added by data alone: the profile declares it and gives its
 * wording, and the profile's directory its tables of State names (states.es.tsv). Until every message has its
 * wording in that language, the report in it is refused with the list of those it lacks, never drafted with holes.
 */
class AnotherLanguageTest {

    private static final Path UNSHIPPED = Path.of("src/test/resources/unshipped");
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path profiles;

    @Test
    void aReportInALanguageWithoutAllItsWordingIsRefusedWithTheMessagesItLacks() throws IOException {
        writeProfile(false);
        ReportDocument report = report();

        assertThat(report.drafted()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("the report in 'es' needs wording for " + Messages.shipped().keys().size() + " of the "
                        + Messages.shipped().keys().size() + " report messages")
                .contains("meeting.title").contains("annex.entry").endsWith("give each under report.wording.es (docs/profiles.md)"));
    }

    @Test
    void withItsWordingAndTheDirectorysTableOfStatesTheReportIsWrittenInIt() throws IOException {
        writeProfile(true);
        Files.writeString(profiles.resolve("states.es.tsv"), "# code, article, name\nNGA\tnone\tRepública Federal de Nigeria\n");
        ReportDocument report = report();
        String markdown = new MarkdownRenderer().render(report);

        assertThat(report.drafted()).isTrue();
        assertThat(report.language()).isEqualTo("es");
        assertThat(markdown).contains("República Federal de Nigeria").contains("Filipinas");
    }

    private ReportDocument report() throws IOException {
        MeetingHistory history = ScenarioHistories.of(Scenario.read(UNSHIPPED.resolve("att-csp10-sample.yaml")));
        return new ReportGenerator(BodyProfiles.load(Optional.of(profiles))).generate(history, "es");
    }

    /** The ATT's profile with Spanish declared, each of its texts given in Spanish as in English; with all the wording or none. */
    private void writeProfile(boolean wording) throws IOException {
        ObjectNode profile = (ObjectNode) YAML.readTree(UNSHIPPED.resolve("profiles/att.yaml").toFile());
        profile.putArray("languages").add("en").add("fr").add("es");
        addSpanish(profile);
        if (wording) {
            ObjectNode report = (ObjectNode) profile.get("report");
            ObjectNode es = (report.has("wording") ? (ObjectNode) report.get("wording") : report.putObject("wording")).putObject("es");
            for (String key : Messages.shipped().keys()) {
                es.put(key, Messages.shipped().message(key).orElseThrow().patterns().get("en").pattern());
            }
        }
        YAML.writeValue(profiles.resolve("att.yaml").toFile(), profile);
    }

    private static void addSpanish(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("en") && object.has("fr") && object.get("en").isTextual()) {
            object.put("es", object.get("en").asText());
        }
        List<JsonNode> children = new java.util.ArrayList<>();
        node.forEach(children::add);
        children.forEach(AnotherLanguageTest::addSpanish);
    }
}
