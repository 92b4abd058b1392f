package org.rapporteur.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.command.scenario.Scenario;
import org.rapporteur.command.scenario.ScenarioRecorder;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.MeetingHistoryLoader;
import org.rapporteur.query.report.render.MarkdownRenderer;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.compose.ReportGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records the example meetings through the command gateway into an embedded store, loads their histories,
 * generates and renders the reports, and scores the Twelfth Meeting against the reference with the shared scorer.
 * The context is closed afterwards: its projections must not keep handling events while other tests count theirs.
 */
@DirtiesContext
@SpringBootTest(classes = StandaloneApplication.class, properties = "server.port=0",
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class FinalReportEndToEndTest {

    @TempDir
    static Path data;

    @TempDir
    Path out;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", () -> data.toString());
    }

    @Autowired
    ScenarioRecorder recorder;

    @Autowired
    MeetingHistoryLoader loader;

    @Test
    void theTwelfthMeetingIsReproducedWithinTheFidelityTargets() throws Exception {
        Path repository = repositoryRoot();
        Path shared = repository.getParent().resolve("shared");
        Assumptions.assumeTrue(Files.isRegularFile(shared.resolve("tools/report_fidelity.py"))
                        && Files.isRegularFile(shared.resolve("reference/ccm-12msp-final-report.txt")),
                "skipped: the fidelity scorer and reference are not beside this clone (" + shared
                        + "/tools/report_fidelity.py); CI has them");
        Path scenarioFile = repository.resolve("examples/ccm-12msp.yaml");
        Scenario scenario = Scenario.read(scenarioFile);
        recorder.record(scenario, "end-to-end-test");

        MeetingHistory history = loader.load("ccm-12msp");
        assertThat(history.events()).hasSize(scenario.entries().size() + 1);
        ReportDocument report = new ReportGenerator().generate(history);
        assertThat(report.sections()).flatExtracting(ReportDocument.Section::blocks)
                .filteredOn(b -> b instanceof ReportDocument.Paragraph)
                .allSatisfy(p -> assertThat(((ReportDocument.Paragraph) p).eventIds()).isNotEmpty());
        Path markdown = out.resolve("ccm-12msp.md");
        Files.writeString(markdown, new MarkdownRenderer().render(report));

        Path json = out.resolve("fidelity.json");
        Process scorer = new ProcessBuilder("python3", shared.resolve("tools/report_fidelity.py").toString(),
                shared.resolve("reference/ccm-12msp-final-report.txt").toString(), markdown.toString(),
                "--scenario", scenarioFile.toString(), "--json", json.toString())
                .redirectErrorStream(true).start();
        String output = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(scorer.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(scorer.exitValue()).as(output).isZero();

        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        assertThat(figures.path("same_number_ge_0.90").asInt()).as(output).isGreaterThanOrEqualTo(85);
        assertThat(figures.path("mean_same_number").asDouble()).as(output).isGreaterThanOrEqualTo(0.95);
        assertThat(figures.path("footnotes_found").asInt()).as(output).isEqualTo(12);
        assertThat(figures.path("annex_found").asInt()).as(output).isEqualTo(19);
        assertThat(figures.path("verbatim_share").asDouble()).as(output).isLessThanOrEqualTo(0.35);
    }

    @Test
    void anotherMeetingIsReportedWithItsCorrectionApplied() throws Exception {
        Scenario scenario = Scenario.read(repositoryRoot().resolve("examples/ccm-13msp-sample.yaml"));
        recorder.record(scenario);

        assertThat(recorder.record(scenario)).as("re-recording records nothing twice").isZero();

        MeetingHistory history = loader.load("ccm-13msp-sample");
        assertThat(history.events()).hasSize(scenario.entries().size() + 1);
        String markdown = new MarkdownRenderer().render(new ReportGenerator().generate(history));

        assertThat(markdown)
                .contains("Thirteenth Meeting of States Parties")
                .contains("Ambassador Carlos D. Sorreta, Permanent Representative of the Philippines")
                .contains("Chile, New Zealand, and Ghana were elected by vote as Vice-Presidents")
                .contains("Chile 21, New Zealand 19, Ghana 17, and Senegal 9")
                .contains("### Bosnia and Herzegovina")
                .contains("### Lebanon")
                .contains("an extension of two years until 1 September 2027")
                .contains("an extension of five years until 1 May 2031")
                .contains("will take place from 14 to 17 September 2026 in Geneva")
                .doesNotContain("1 March 2029")
                .doesNotContain("three years")
                .doesNotContainIgnoringCase("condemn");
        List<String> corrected = history.effectiveActions().stream().filter(a -> a.corrected())
                .flatMap(a -> a.eventIds().stream()).toList();
        assertThat(corrected).hasSize(2);
    }

    /** The repository root: the nearest directory up from here holding examples/ccm-12msp.yaml. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("examples/ccm-12msp.yaml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}
