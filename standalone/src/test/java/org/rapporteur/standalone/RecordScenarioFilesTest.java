package org.rapporteur.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line on the real example scenarios: record, re-record, an invalid action, the report. */
class RecordScenarioFilesTest extends CommandLineRuns {


    @Test
    void theSampleMeetingIsRecordedOnceAndReported() throws Exception {
        Path sample = examples().resolve("ccm-13msp-sample.yaml");
        String id = "ccm-13msp-sample";

        assertThat(cli("record", sample.toString(), "--data", store())).as(this::stderr).isZero();
        assertThat(stdout()).contains("recorded").contains("actions of " + id);

        assertThat(cli("record", sample.toString(), "--data", store())).isZero();
        assertThat(stdout()).contains("already recorded").contains("nothing recorded twice");

        Path md = data.resolve("sample.md");
        assertThat(cli("report", id, "--format", "md", "--out", md.toString(), "--data", store())).as(this::stderr).isZero();
        assertThat(Files.readString(md)).contains("Final report");

        Path json = data.resolve("sample.json");
        assertThat(cli("report", id, "--format", "json", "--out", json.toString(), "--data", store())).isZero();
        JsonNode model = new ObjectMapper().readTree(json.toFile());
        int paragraphs = 0;
        for (JsonNode section : model.path("sections")) {
            for (JsonNode block : section.path("blocks")) {
                if (block.path("type").asText().equals("paragraph")) {
                    paragraphs++;
                    assertThat(block.path("eventIds").size()).as("paragraph %s has its events", block.path("number")).isPositive();
                }
            }
        }
        Path docx = data.resolve("sample.docx");
        assertThat(cli("report", id, "--format", "docx", "--out", docx.toString(), "--data", store())).isZero();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            // numbered by Word (a numbering definition on the paragraph style), not by text
            assertThat(doc.getParagraphs().stream().filter(p -> "NumberedParagraph".equals(p.getStyle()))).hasSize(paragraphs);
            assertThat(doc.getFootnotes().stream().filter(f -> f.getParagraphs().stream().anyMatch(p -> !p.getText().isBlank()))).hasSize(model.path("footnotes").size() + (model.path("header").path("titleNote").asText().isBlank() ? 0 : 1));
            assertThat(doc.getTables().get(0).getNumberOfRows()).isEqualTo(model.path("annex").path("documents").size() + 1);
        }

        assertThat(cli("timeline", id, "--data", store())).isZero();
        assertThat(stdout()).contains("meeting-convened").contains("action-corrected").contains("meeting-closed");
    }

    @Test
    void anActionTheRulesRejectStopsTheFileAtItsLineAndNothingIsRecorded() throws Exception {
        String sample = Files.readString(examples().resolve("ccm-13msp-sample.yaml"));
        String invalid = sample.stripTrailing() + "\n  - kind: document-submitted\n"
                + "    facts: {symbol: CCM/MSP/2025/99, title: Too late, submittedBy: the President, kind: info}\n";
        Path file = Files.writeString(data.resolve("late.yaml"), invalid);
        int line = (int) invalid.lines().count() - 1;
        assertThat(invalid.lines().skip(line - 1).findFirst()).as("the action after the closing").hasValue("  - kind: document-submitted");

        assertThat(cli("record", file.toString(), "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).startsWith("rapporteur: " + file + ":" + line + ": ").contains("closed");
        assertThat(stderr().lines()).hasSize(1);

        assertThat(cli("timeline", "ccm-13msp-sample", "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).contains("no meeting with id ccm-13msp-sample");
    }

    @Test
    void anUnreadableActionIsNamedWithItsLine() throws Exception {
        Path file = Files.writeString(data.resolve("bad.yaml"), """
                meeting:
                  id: ccm-40msp
                  date: 2024-06-14
                  facts: {profile: ccm, convention: {name: Convention on Cluster Munitions}, ordinal: 40, meetingKind: Meeting of States Parties,
                          venue: {city: Geneva}, startsOn: 2052-09-10, endsOn: 2052-09-13, symbolPrefix: CCM/MSP/2052}
                actions:
                  - kind: no-such-action
                """);
        assertThat(cli("record", file.toString(), "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).startsWith("rapporteur: " + file + ":7: ");
        assertThat(Path.of(store())).as("no empty store is left where there was none").doesNotExist();
    }
}
