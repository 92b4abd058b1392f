package org.rapporteur.query.report;

/**
 * A report as generated from a meeting's history up to {@code sequence} (the last event it saw, -1 for none);
 * {@code markdown} is the Markdown rendering when it was kept with the model, otherwise null; {@code fingerprint}
 * names the generator and the body's profile it was made with (a stored report made with others is made anew).
 */
public record GeneratedReport(String meetingId, long sequence, ReportDocument document, String markdown,
                              String fingerprint) {

    public GeneratedReport(String meetingId, long sequence, ReportDocument document, String markdown) {
        this(meetingId, sequence, document, markdown, null);
    }
}
