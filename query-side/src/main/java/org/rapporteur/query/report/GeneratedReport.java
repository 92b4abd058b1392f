package org.rapporteur.query.report;

/**
 * A report as generated from a meeting's history up to {@code sequence} (the last event it saw, -1 for none);
 * {@code markdown} is the Markdown rendering when it was kept with the model, otherwise null.
 */
public record GeneratedReport(String meetingId, long sequence, ReportDocument document, String markdown) {
}
