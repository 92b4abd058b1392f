package org.rapporteur.query.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.QuerySideApplication;
import org.rapporteur.query.report.drafts.ReportService;
import org.rapporteur.query.report.drafts.ReportStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The report endpoint over real HTTP, on the real embedded store, fed by events appended to the store. */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "rapporteur.security.enabled=false")
class ReportOverHttpTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate OPENING = LocalDate.of(2024, 9, 10);

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", () -> data.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    ReportStore reportStore;

    @Autowired
    ReportService reportService;

    @Test
    void reportInEveryFormatAsOfAnyMomentWithEventIds() throws Exception {
        List<String> ids = append("ccm-20msp", 0, List.of(convened(20),
                document("CCM/MSP/2032/1", "Provisional agenda"),
                document("CCM/MSP/2032/2", "Provisional programme of work")));

        HttpResponse<byte[]> json = get("/api/meetings/ccm-20msp/report?format=json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(json.headers().firstValue("X-Report-Sequence")).hasValue("2");
        JsonNode model = JSON.readTree(json.body());
        assertThat(model.path("header").path("convention").asText()).isEqualTo("Convention on Cluster Munitions");
        assertThat(annexSymbols(model)).contains("CCM/MSP/2032/1", "CCM/MSP/2032/2");
        Set<String> eventIds = eventIds(model);
        assertThat(eventIds).isNotEmpty();
        assertThat(ids).containsAll(eventIds);

        HttpResponse<byte[]> asOf = get("/api/meetings/ccm-20msp/report?format=json&asOf=1");
        assertThat(asOf.headers().firstValue("X-Report-Sequence")).hasValue("1");
        JsonNode then = JSON.readTree(asOf.body());
        assertThat(annexSymbols(then)).contains("CCM/MSP/2032/1").doesNotContain("CCM/MSP/2032/2");
        assertThat(ids.subList(0, 2)).containsAll(eventIds(then));
        assertThat(asOf.headers().firstValue("Content-Disposition").orElseThrow()).contains("ccm-20msp-report-as-of-1.json");

        HttpResponse<byte[]> atInstant = get("/api/meetings/ccm-20msp/report?format=json&asOf=" + Instant.now());
        assertThat(atInstant.headers().firstValue("X-Report-Sequence")).hasValue("2");

        HttpResponse<byte[]> md = get("/api/meetings/ccm-20msp/report?format=md");
        assertThat(md.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(md.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("filename=\"ccm-20msp-report.md\"");
        assertThat(new String(md.body(), StandardCharsets.UTF_8)).contains("Convention on Cluster Munitions", "CCM/MSP/2032/2");

        HttpResponse<byte[]> html = get("/api/meetings/ccm-20msp/report?format=html");
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        String page = new String(html.body(), StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("data-event-ids=\"").contains("CCM/MSP/2032/2");

        HttpResponse<byte[]> docx = get("/api/meetings/ccm-20msp/report?format=docx");
        assertThat(docx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow()).contains("ccm-20msp-report.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(doc.getTables().get(0).getText()).contains("CCM/MSP/2032/1", "Provisional programme of work");
        }

        HttpResponse<byte[]> pdf = get("/api/meetings/ccm-20msp/report?format=pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument reader = PDDocument.load(pdf.body())) {
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(reader.getNumberOfPages());
            assertThat(lastPage.getText(reader)).contains("CCM/MSP/2032/2");
        }

        HttpResponse<byte[]> akn = get("/api/meetings/ccm-20msp/report?format=akn");
        assertThat(akn.headers().firstValue("Content-Type")).hasValue("application/akn+xml");
        assertThat(akn.headers().firstValue("Content-Disposition").orElseThrow()).contains("ccm-20msp-report.akn");
        assertThat(new String(akn.body(), StandardCharsets.UTF_8)).contains("<akomaNtoso", "CCM/MSP/2032/2");
    }

    @Test
    void unknownMeetingsAndMalformedRequestsAreProblems() throws IOException {
        append("ccm-21msp", 0, List.of(convened(21)));

        HttpResponse<byte[]> unknown = get("/api/meetings/no-such-meeting/report");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(unknown.body()).path("detail").asText()).contains("no-such-meeting");

        HttpResponse<byte[]> format = get("/api/meetings/ccm-21msp/report?format=odt");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(format.body()).path("detail").asText()).contains("md|html|docx|pdf|json|akn");

        for (String asOf : List.of("yesterday", "-3", "2024-13-45T00:00:00Z")) {
            HttpResponse<byte[]> malformed = get("/api/meetings/ccm-21msp/report?asOf=" + asOf);
            assertThat(malformed.statusCode()).as(asOf).isEqualTo(400);
            assertThat(JSON.readTree(malformed.body()).path("title").asText()).isEqualTo("Malformed asOf");
        }

        HttpResponse<byte[]> beforeConvening = get("/api/meetings/ccm-21msp/report?asOf=2000-01-01T00:00:00Z");
        assertThat(beforeConvening.statusCode()).isEqualTo(404);

        // a body whose profile this side does not know: refused with why, not a report with nothing in it
        MeetingConvened ccm = convened(22);
        append("xyz-1msp", 0, List.of(new MeetingConvened(ccm.moment(), "xyz", ccm.convention(), 1, ccm.meetingKind(),
                ccm.venue(), ccm.startsOn(), ccm.endsOn(), "XYZ/MSP/2024/1", null, null, null)));
        for (String kind : List.of("md", "pdf", "json")) {
            HttpResponse<byte[]> undrafted = get("/api/meetings/xyz-1msp/report?format=" + kind);
            assertThat(undrafted.statusCode()).as(kind).isEqualTo(409);
            assertThat(undrafted.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(undrafted.body());
            assertThat(problem.path("detail").asText()).contains("cannot be drafted").contains("no body profile 'xyz'");
            assertThat(problem.path("problems")).hasSize(1);
        }
    }

    @Test
    void theProjectionStoresTheLatestReportRegeneratingOncePerBatchNotPerEvent() throws IOException {
        List<MeetingEvent> events = new ArrayList<>();
        events.add(convened(22));
        for (int i = 1; i < 250; i++) {
            events.add(document("CCM/MSP/2034/INF." + i, "Information note " + i));
        }
        long before = reportService.regenerations();
        append("ccm-22msp", 0, events);

        await().atMost(Duration.ofSeconds(30)).until(() -> reportStore.storedSequence("ccm-22msp").orElse(-1L) == 249L);
        GeneratedReport stored = reportStore.latest("ccm-22msp").orElseThrow();
        assertThat(stored.markdown()).contains("CCM/MSP/2034/INF.249");
        assertThat(stored.document().annex().documents()).hasSize(249);
        assertThat(reportService.regenerations() - before).as("regenerated per batch, not per event").isLessThanOrEqualTo(10);

        HttpResponse<byte[]> md = get("/api/meetings/ccm-22msp/report");
        assertThat(new String(md.body(), StandardCharsets.UTF_8)).isEqualTo(stored.markdown());

        append("ccm-22msp", 250, List.of(document("CCM/MSP/2034/INF.250", "Information note 250")));
        assertThat(new String(get("/api/meetings/ccm-22msp/report").body(), StandardCharsets.UTF_8))
                .as("a report never lags behind the store").contains("CCM/MSP/2034/INF.250");
        await().atMost(Duration.ofSeconds(30)).until(() -> reportStore.storedSequence("ccm-22msp").orElse(-1L) == 250L);
    }

    @Test
    void theReportInFrenchAsOfAMeetingDateWithAnOpeningOfNoNamedOpener() throws IOException {
        append("ccm-23msp", 0, List.of(convened(23), document("CCM/MSP/2035/1", "Provisional agenda"),
                new org.rapporteur.events.meeting.MeetingOpened(MeetingMoment.inPlenary(1, OPENING.plusDays(1)), null, null)));

        HttpResponse<byte[]> fr = get("/api/meetings/ccm-23msp/report?format=json&lang=fr");
        assertThat(fr.statusCode()).isEqualTo(200);
        assertThat(fr.headers().firstValue("Content-Language")).hasValue("fr");
        JsonNode model = JSON.readTree(fr.body());
        assertThat(model.path("language").asText()).isEqualTo("fr");
        assertThat(model.path("sections").get(1).path("title").asText())
                .isEqualTo("Organisation de la vingt-troisième Assemblée des États parties");
        // an opening logged without who opened it is worded for that case (the opener's select), not a hole
        assertThat(fr.headers().firstValue("X-Report-Problems")).hasValue(String.valueOf(model.path("problems").size()));
        assertThat(new String(get("/api/meetings/ccm-23msp/report?lang=fr").body(), StandardCharsets.UTF_8))
                .contains("Original\u202F: anglais").contains("ouverte le").doesNotContain("{").doesNotContain(" par ,");

        HttpResponse<byte[]> asOfDate = get("/api/meetings/ccm-23msp/report?format=json&asOf=" + OPENING);
        assertThat(asOfDate.statusCode()).isEqualTo(200);
        assertThat(asOfDate.headers().firstValue("X-Report-Sequence")).hasValue("1");

        HttpResponse<byte[]> german = get("/api/meetings/ccm-23msp/report?lang=de");
        assertThat(german.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(german.body()).path("title").asText()).isEqualTo("Unknown report language");
    }

    private List<String> append(String meetingId, long firstSequence, List<MeetingEvent> events) {
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        long sequence = firstSequence;
        for (MeetingEvent event : events) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            messages.add(new GenericDomainEventMessage<>("MeetingAggregate", meetingId, sequence++, event,
                    MetaData.with("loggedBy", "test"), id, Instant.now()));
        }
        eventStore.publish(messages);
        return ids;
    }

    private static MeetingConvened convened(int ordinal) {
        return new MeetingConvened(MeetingMoment.outsidePlenary(OPENING.minusYears(1)),
                "ccm", new MeetingConvened.Convention("Convention on Cluster Munitions", "CCM", "11", null),
                ordinal, "Meeting of States Parties", new MeetingConvened.Venue("Geneva", "Switzerland"),
                OPENING, OPENING.plusDays(3), "CCM/MSP/20" + (ordinal + 12), null, null, null);
    }

    private static DocumentSubmitted document(String symbol, String title) {
        return new DocumentSubmitted(MeetingMoment.inPlenary(1, OPENING), DocumentSymbol.of(symbol), title, "the President", DocumentKind.INFO);
    }

    private static List<String> annexSymbols(JsonNode model) {
        List<String> symbols = new ArrayList<>();
        model.path("annex").path("documents").forEach(d -> symbols.add(d.path("symbol").asText()));
        return symbols;
    }

    private static Set<String> eventIds(JsonNode model) {
        Set<String> ids = new HashSet<>();
        model.path("sections").forEach(section -> section.path("blocks").forEach(block ->
                block.path("eventIds").forEach(id -> ids.add(id.asText()))));
        return ids;
    }

    private HttpResponse<byte[]> get(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
