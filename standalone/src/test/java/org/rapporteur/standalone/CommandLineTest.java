package org.rapporteur.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.command.meeting.ConveneMeeting;
import org.rapporteur.command.meeting.RecordAction;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.meeting.MeetingClosed;
import org.rapporteur.events.meeting.MeetingConvened;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line in-process: record (checked whole, idempotent), report in every format, timeline, a held store. */
class CommandLineTest extends CommandLineRuns {

    private static final LocalDate OPENING = LocalDate.of(2024, 9, 10);
    private static final Function<Path, RecordPlan> REAL_PLANNER = Rapporteur.planner;


    @AfterEach
    void restorePlanner() {
        Rapporteur.planner = REAL_PLANNER;
    }

    @Test
    void recordsAFileOnceReportsItInEveryFormatAndShowsItsTimeline() throws Exception {
        Path file = Files.writeString(data.resolve("ccm-30msp.yaml"), "# hand-built plan in this test\n");
        Rapporteur.planner = f -> plan(f, "ccm-30msp", false);

        assertThat(cli("record", file.toString(), "--data", store())).isZero();
        assertThat(stdout()).contains("ccm-30msp.yaml: recorded 4 actions of ccm-30msp");

        assertThat(cli("record", file.toString(), "--data", store())).isZero();
        assertThat(stdout()).contains("already recorded (4 actions of ccm-30msp); nothing recorded twice");

        Rapporteur.planner = f -> edited(plan(f, "ccm-30msp", false));
        assertThat(cli("record", file.toString(), "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).contains(file + ":20: differs from the action recorded under command id ccm-30msp/2");

        assertThat(cli("timeline", "ccm-30msp", "--data", store())).isZero();
        String timeline = stdout();
        assertThat(timeline).contains("#", "meeting clock", "logged at", "logged by", "description");
        assertThat(timeline.lines().filter(l -> l.contains("cli-test"))).as("each action once").hasSize(4);
        assertThat(timeline).contains("meeting-convened", "plenary 1, 2024-09-10", "document-submitted");

        assertThat(cli("rebuild", "--data", store())).isZero();
        assertThat(stdout()).containsPattern("rebuilt every read model from 4 events in [0-9.]+ s");
        assertThat(stderr()).contains("[" + "#".repeat(30) + "] 100%", "4/4 events", "done");
        assertThat(cli("rebuild", "extra", "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);

        Path json = data.resolve("out/report.json");
        assertThat(cli("report", "ccm-30msp", "--format", "json", "--out", json.toString(), "--data", store())).isZero();
        JsonNode model = new ObjectMapper().readTree(json.toFile());
        assertThat(model.path("header").path("convention").asText()).isEqualTo("Convention on Cluster Munitions");
        assertThat(model.path("annex").path("documents").toString()).contains("CCM/MSP/2042/1", "CCM/MSP/2042/3");

        Path docx = data.resolve("out/report.docx");
        assertThat(cli("report", "ccm-30msp", "--format", "docx", "--out", docx.toString(), "--data", store())).isZero();
        assertThat(stdout()).contains("docx report of ccm-30msp");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables().get(0).getText()).contains("CCM/MSP/2042/2", "Document 2");
        }

        Path pdf = data.resolve("out/report.pdf");
        assertThat(cli("report", "ccm-30msp", "--format=pdf", "--out", pdf.toString(), "--data", store())).isZero();
        try (PDDocument reader = PDDocument.load(Files.readAllBytes(pdf))) {
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(reader.getNumberOfPages());
            assertThat(lastPage.getText(reader)).contains("CCM/MSP/2042/3");
        }

        Path html = data.resolve("out/report.html");
        assertThat(cli("report", "ccm-30msp", "--format", "html", "--out", html.toString(), "--data", store())).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("data-event-ids=");

        assertThat(cli("report", "ccm-30msp", "--format", "md", "--as-of", "1", "--data", store())).isZero();
        assertThat(stdout()).contains("Convention on Cluster Munitions", "CCM/MSP/2042/1").doesNotContain("CCM/MSP/2042/2");

        assertThat(cli("timeline", "ccm-30msp", "--as-of", "999", "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).startsWith("rapporteur: the meeting ccm-30msp has no event 999: its last is event ");
    }

    @Test
    void anInvalidActionStopsTheWholeFileWithItsLineAndRecordsNothing() throws Exception {
        Path file = Files.writeString(data.resolve("ccm-31msp.yaml"), "#\n");
        Rapporteur.planner = f -> plan(f, "ccm-31msp", true);

        assertThat(cli("record", file.toString(), "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).startsWith("rapporteur: " + file + ":40: the meeting is closed").endsWith("document-submitted\n");
        assertThat(stderr().lines()).hasSize(1);

        assertThat(cli("timeline", "ccm-31msp", "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).contains("no meeting with id ccm-31msp");
    }

    @Test
    void aFileRejectedHalfwayOverARecordedMeetingRecordsNothingOfIt() throws Exception {
        Path file = Files.writeString(data.resolve("ccm-33msp.yaml"), "#\n");
        Rapporteur.planner = f -> plan(f, "ccm-33msp", false);
        assertThat(cli("record", file.toString(), "--data", store())).isZero();

        // the same four actions, then the closing (valid) and a document after it (rejected)
        Rapporteur.planner = f -> plan(f, "ccm-33msp", true);
        assertThat(cli("record", file.toString(), "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).startsWith("rapporteur: " + file + ":40: the meeting is closed");

        assertThat(cli("timeline", "ccm-33msp", "--data", store())).isZero();
        assertThat(stdout()).doesNotContain("meeting-closed");
        assertThat(stdout().lines().filter(l -> l.contains("cli-test"))).as("the first recording alone").hasSize(4);
    }

    @Test
    void whenOneFileIsRejectedNoFileNamedWithItIsRecorded() throws Exception {
        Path first = Files.writeString(data.resolve("first.yaml"), "#\n");
        Path second = Files.writeString(data.resolve("second.yaml"), "#\n");
        Rapporteur.planner = f -> f.equals(first) ? plan(f, "ccm-34msp", false) : plan(f, "ccm-35msp", true);

        assertThat(cli("record", first.toString(), second.toString(), "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).startsWith("rapporteur: " + second + ":40: the meeting is closed");
        assertThat(cli("timeline", "ccm-34msp", "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).contains("no meeting with id ccm-34msp");

        Rapporteur.planner = f -> f.equals(first) ? plan(f, "ccm-34msp", false) : plan(f, "ccm-35msp", false);
        assertThat(cli("record", first.toString(), second.toString(), "--data", store())).isZero();
        assertThat(stdout()).contains("first.yaml: recorded 4 actions of ccm-34msp", "second.yaml: recorded 4 actions of ccm-35msp");

        // each file's actions are logged at the instant of the one write that recorded them
        assertThat(cli("timeline", "ccm-34msp", "--format", "json", "--data", store())).isZero();
        JsonNode entries = new ObjectMapper().readTree(stdout());
        assertThat(entries).hasSize(4);
        assertThat(entries.findValuesAsText("loggedAt")).containsOnly(entries.get(0).path("loggedAt").asText());
    }

    @Test
    void badInputIsOneLineAndANonZeroExit() {
        assertThat(cli("report", "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).isEqualTo("rapporteur: Missing required parameter: 'MEETING_ID' (see rapporteur report --help)\n");
        assertThat(cli("report", "ccm-1msp", "--format", "odt", "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).contains("--format must be one of md|html|docx|pdf|json|akn");
        assertThat(cli("report", "ccm-1msp", "--format", "pdf", "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).contains("--out FILE is needed");
        assertThat(cli("report", "ccm-1msp", "--as-of", "soon", "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(cli("record", data.resolve("missing.yaml").toString(), "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).contains("missing.yaml: no such file");
        assertThat(cli("frobnicate")).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr().lines()).hasSize(1);
        assertThat(cli("report", "ccm-1msp", "--colour", "red", "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).startsWith("rapporteur: Unknown options: '--colour', 'red' (see rapporteur report --help)");
        assertThat(cli("serve", "--data", store(), "stray")).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).contains("unknown option or argument 'stray'");
        assertThat(cli("serve", "--data", store(), "--rapporteur.mongo.data=elsewhere")).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).contains("'--rapporteur.mongo.data' is set by --data, --mongo-uri and --database");
        assertThat(cli("report", "ccm-1msp", "--format", "md,docx", "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).contains("--out DIR is needed for several formats");
        assertThat(cli("report", "ccm-1msp", "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr()).isEqualTo("rapporteur: no meeting with id ccm-1msp in this store\n");
    }

    @Test
    void aDataDirectoryHeldByARunningServerIsSaidPlainlyAndLeftIntact() throws Exception {
        Path file = Files.writeString(data.resolve("ccm-32msp.yaml"), "#\n");
        Rapporteur.planner = f -> plan(f, "ccm-32msp", false);
        ConfigurableApplicationContext server = new SpringApplicationBuilder(StandaloneApplication.class)
                .run("--server.port=0", "--rapporteur.mongo.data=" + store());
        try {
            assertThat(cli("record", file.toString(), "--data", store())).as(this::stderr).isEqualTo(Rapporteur.DATA_IN_USE);
            assertThat(stderr()).startsWith("rapporteur: the data directory ").contains("is in use by a running Rapporteur server")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(stderr().lines()).hasSize(1);
            assertThat(cli("timeline", "ccm-32msp", "--data", store())).isEqualTo(Rapporteur.DATA_IN_USE);
            assertThat(cli("serve", "--data", store(), "--server.port=0")).isEqualTo(Rapporteur.DATA_IN_USE);
            assertThat(stderr()).contains("is in use by a running Rapporteur server");
        } finally {
            server.close();
        }
        assertThat(cli("record", file.toString(), "--data", store())).isZero();
        assertThat(cli("timeline", "ccm-32msp", "--data", store())).isZero();
    }

    private RecordPlan plan(Path file, String meetingId, boolean actionAfterClosing) {
        MeetingConvened convened = new MeetingConvened(MeetingMoment.outsidePlenary(OPENING.minusYears(1)),
                "ccm", new MeetingConvened.Convention("Convention on Cluster Munitions", "CCM", "11", null), 30,
                "Meeting of States Parties", new MeetingConvened.Venue("Geneva", "Switzerland"),
                OPENING, OPENING.plusDays(3), "CCM/MSP/2042", null, null, null);
        List<RecordPlan.Step> steps = new ArrayList<>();
        steps.add(new RecordPlan.Step(2, meetingId + "/0", new ConveneMeeting(meetingId, meetingId + "/0", convened)));
        for (int i = 1; i <= 3; i++) {
            steps.add(step(meetingId, 10 * i, i, new DocumentSubmitted(MeetingMoment.inPlenary(1, OPENING),
                    DocumentSymbol.of("CCM/MSP/2042/" + i), "Document " + i, "the President", DocumentKind.INFO)));
        }
        if (actionAfterClosing) {
            steps.add(step(meetingId, 35, 4, new MeetingClosed(MeetingMoment.inPlenary(6, OPENING.plusDays(3)))));
            steps.add(step(meetingId, 40, 5, new DocumentSubmitted(MeetingMoment.inPlenary(6, OPENING.plusDays(3)),
                    DocumentSymbol.of("CCM/MSP/2042/9"), "Too late", null, DocumentKind.INFO)));
        }
        return new RecordPlan(file, meetingId, "cli-test", steps);
    }

    /** The plan with its second document retitled, as if the file had been edited after recording. */
    private static RecordPlan edited(RecordPlan plan) {
        List<RecordPlan.Step> steps = new ArrayList<>(plan.steps());
        steps.set(2, step(plan.meetingId(), 20, 2, new DocumentSubmitted(MeetingMoment.inPlenary(1, OPENING),
                DocumentSymbol.of("CCM/MSP/2042/2"), "Document 2, retitled", "the President", DocumentKind.INFO)));
        return new RecordPlan(plan.file(), plan.meetingId(), plan.loggedBy(), steps);
    }

    private static RecordPlan.Step step(String meetingId, int line, int position, MeetingEvent action) {
        String commandId = meetingId + "/" + position;
        return new RecordPlan.Step(line, commandId, new RecordAction(meetingId, commandId, null, action));
    }
}
