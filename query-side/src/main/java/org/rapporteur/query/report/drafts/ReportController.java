package org.rapporteur.query.report.drafts;

import org.rapporteur.query.report.ReportDocument;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.rapporteur.query.history.AsOf;
import org.rapporteur.query.history.UnknownMeetingException;
import org.rapporteur.query.report.GeneratedReport;
import org.rapporteur.query.report.render.ReportFormat;
import org.rapporteur.query.report.render.ReportJson;
import org.rapporteur.query.report.render.ReportRenderers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

@RestController
@RequestMapping("/api/meetings")
@Tag(name = "report", description = "The draft final report, generated from the recorded events")
class ReportController {

    static final String SEQUENCE_HEADER = "X-Report-Sequence";
    /** How many problems the report lists (facts a sentence needed that were not recorded); the JSON lists them. */
    static final String PROBLEMS_HEADER = "X-Report-Problems";

    private final ReportService reports;
    private final EventStore eventStore;
    private final ReportRenderers renderers = new ReportRenderers();

    ReportController(ReportService reports, EventStore eventStore) {
        this.reports = reports;
        this.eventStore = eventStore;
    }

    @GetMapping("/{meetingId}/report")
    @Operation(summary = "The draft final report",
            description = "format=md (default), html (printable, every paragraph with data-event-ids), docx (Word, UN house style), "
                    + "pdf (fonts embedded, footnotes on their page), akn (Akoma Ntoso 3.0 XML after AKN4UN), or json "
                    + "(the document model: sections, numbered paragraphs with their eventIds, footnotes, annex). "
                    + "asOf= as for the views: an event sequence number, a meeting date(-time) or a logging instant: the report as the meeting stood then. "
                    + "lang= a language of the body's profile (en, fr ...; default its first). "
                    + "The response header " + SEQUENCE_HEADER + " tells the last event sequence the report covers.")
    ResponseEntity<byte[]> report(@PathVariable String meetingId,
                                  @Parameter(description = "md | html | docx | pdf | json | akn")
                                  @RequestParam(defaultValue = "md") String format,
                                  @Parameter(description = AsOf.DESCRIPTION)
                                  @RequestParam(required = false) String asOf,
                                  @Parameter(description = "a language of the body's profile: en, fr ...")
                                  @RequestParam(required = false) String lang) {
        ReportFormat chosen = ReportFormat.parse(format).orElseThrow(() -> badRequest("unknown-format", "Unknown report format",
                "format must be one of " + ReportFormat.names() + ", not '" + format + "'"));
        AsOf moment = AsOf.parse(asOf);
        String language = lang == null || lang.isBlank() ? null : lang.strip();
        if (eventStore.lastSequenceNumberFor(meetingId).isEmpty()) {
            throw new UnknownMeetingException(meetingId);
        }
        Optional<GeneratedReport> report;
        try {
            report = moment == null ? reports.current(meetingId, language) : reports.asOf(meetingId, moment, language);
        } catch (IllegalArgumentException unspoken) {
            throw badRequest("unknown-language", "Unknown report language", unspoken.getMessage());
        }
        GeneratedReport generated = report.orElseThrow(() -> notYetConvened(meetingId, asOf));
        if (!generated.document().drafted()) {
            // its body's profile is not known here, or the language lacks wording: nothing to write, only why
            ErrorResponseException refused = problem(HttpStatus.CONFLICT, "report-not-drafted", "Report not drafted",
                    "the report of " + meetingId + " cannot be drafted: " + generated.document().problems().stream()
                            .map(ReportDocument.Problem::message).collect(java.util.stream.Collectors.joining("; ")));
            refused.getBody().setProperty("problems", generated.document().problems().stream()
                    .map(ReportDocument.Problem::message).toList());
            throw refused;
        }

        byte[] body = chosen == ReportFormat.MD && generated.markdown() != null
                ? generated.markdown().getBytes(StandardCharsets.UTF_8)
                : chosen == ReportFormat.JSON ? ReportJson.write(generated.document(), true).getBytes(StandardCharsets.UTF_8)
                : renderers.render(generated.document(), chosen);
        String filename = meetingId + "-report" + (moment == null ? "" : "-as-of-" + generated.sequence())
                + (language == null ? "" : "-" + language) + "." + chosen.extension();
        ContentDisposition disposition = (chosen == ReportFormat.DOCX || chosen == ReportFormat.PDF || chosen == ReportFormat.MD
                ? ContentDisposition.attachment() : ContentDisposition.inline()).filename(filename).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(SEQUENCE_HEADER, String.valueOf(generated.sequence()))
                .header(PROBLEMS_HEADER, String.valueOf(generated.document().problems().size()))
                .header(HttpHeaders.CONTENT_LANGUAGE, generated.document().language())
                .body(body);
    }

    private static ErrorResponseException badRequest(String type, String title, String detail) {
        return problem(HttpStatus.BAD_REQUEST, type, title, detail);
    }

    private static ErrorResponseException notYetConvened(String meetingId, String asOf) {
        return problem(HttpStatus.NOT_FOUND, "unknown-meeting", "Unknown meeting",
                "the meeting " + meetingId + " had not been convened as of " + asOf);
    }

    private static ErrorResponseException problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://rapporteur.dev/problems/" + type));
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
