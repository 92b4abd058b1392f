package org.rapporteur.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.rapporteur.query.report.render.ReportFormat;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line reads the store itself, without the application, and must say what the web application says:
 * the Twelfth Meeting recorded from its scenario file, then its report and timeline from the command line and over
 * HTTP from a server on the same store.
 */
class CommandLineAgreesWithHttpTest extends CommandLineRuns {

    private static final String ID = "ccm-12msp";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void reportTimelineAndExportEqualWhatTheServerGives() throws Exception {
        assertThat(cli("record", examples().resolve("ccm-12msp.yaml").toString(), "--data", store())).as(this::stderr).isZero();
        assertThat(stdout()).contains("recorded 130 actions of " + ID);

        assertThat(cli("report", ID, "--data", store())).as(this::stderr).isZero();
        String markdown = stdout();
        assertThat(cli("report", ID, "--as-of", "40", "--data", store())).isZero();
        String markdownAsOf40 = stdout();
        assertThat(cli("report", ID, "--lang", "fr", "--data", store())).as(this::stderr).isZero();
        String french = stdout();
        assertThat(french).isNotEqualTo(markdown);
        assertThat(cli("report", ID, "--lang", "xx", "--data", store())).isEqualTo(Rapporteur.BAD_INPUT);
        assertThat(stderr().lines()).hasSize(1);
        Path reports = data.resolve("reports");
        assertThat(cli("report", ID, "--format", "md,json,docx,pdf", "--out", reports.toString(), "--data", store())).as(this::stderr).isZero();
        assertThat(stdout().lines()).hasSize(4).allMatch(l -> l.contains("report of " + ID + " (up to event 129)"));
        assertThat(Files.readString(reports.resolve(ID + "-report.md"))).isEqualTo(markdown);
        assertThat(Files.readAllBytes(reports.resolve(ID + "-report.pdf"))).startsWith("%PDF".getBytes());
        assertThat(Files.readAllBytes(reports.resolve(ID + "-report.docx"))).startsWith('P', 'K');

        assertThat(cli("timeline", ID, "--format", "json", "--data", store())).isZero();
        JsonNode timelineAsLogged = json.readTree(stdout());
        assertThat(cli("timeline", ID, "--format", "json", "--order", "meeting", "--plenary", "2", "--data", store())).isZero();
        JsonNode secondPlenary = json.readTree(stdout());

        Path export = data.resolve("export");
        assertThat(cli("export", ID, "--out", export.toString(), "--data", store())).as(this::stderr).isZero();
        try (Stream<Path> files = Files.list(export)) {
            List<String> expected = new ArrayList<>(List.of(ID + "-timeline.txt", ID + "-timeline.json"));
            for (ReportFormat format : ReportFormat.values()) {
                expected.add(ID + "-report." + format.extension());
            }
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(Files.readString(export.resolve(ID + "-report.md"))).isEqualTo(markdown);
        assertThat(json.readTree(export.resolve(ID + "-timeline.json").toFile())).isEqualTo(timelineAsLogged);

        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(StandaloneApplication.class)
                .run("--server.port=0", "--rapporteur.mongo.data=" + store())) {
            String base = "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort() + "/api/meetings/" + ID;

            HttpResponse<String> report = Http.get(base + "/report?format=md");
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(markdown).isEqualTo(report.body());
            assertThat(markdownAsOf40).isEqualTo(Http.get(base + "/report?format=md&asOf=40").body());
            assertThat(french).isEqualTo(Http.get(base + "/report?format=md&lang=fr").body());
            assertThat(json.readTree(reports.resolve(ID + "-report.json").toFile())).isEqualTo(Http.json(Http.get(base + "/report?format=json")));
            assertThat(Files.readString(export.resolve(ID + "-report.html"))).isEqualTo(Http.get(base + "/report?format=html").body());

            assertThat(timelineAsLogged).isEqualTo(Http.json(Http.get(base + "/timeline?order=logging")));
            assertThat(secondPlenary).isEqualTo(Http.json(Http.get(base + "/timeline?order=meeting&plenarySession=2")));
            assertThat(secondPlenary.size()).isPositive().isLessThan(timelineAsLogged.size());
        }
    }

    @Test
    void everyCommandHasHelpAndTheShellGetsCompletion() {
        for (String command : new String[]{"serve", "record", "report", "timeline", "export", "rebuild", "hash-password"}) {
            assertThat(cli(command, "--help")).as(command).isZero();
            assertThat(stdout()).as(command).startsWith("Usage: rapporteur " + command);
        }
        assertThat(cli("--help")).isZero();
        assertThat(stdout()).contains("report", "timeline", "export", "record", "serve", "Exit codes:");
        assertThat(cli("report", "--help")).isZero();
        assertThat(stdout()).contains(String.join(", ", Arrays.stream(ReportFormat.values()).map(ReportFormat::extension).toList()));
        assertThat(cli("generate-completion")).isZero();
        assertThat(stdout()).contains("complete -F", "rapporteur");
    }
}
