package org.rapporteur.standalone;

import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.AsOf;
import org.rapporteur.profiles.ProfileException;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.compose.ReportGenerator;
import org.rapporteur.query.report.render.ReportFormat;
import org.rapporteur.query.report.render.ReportRenderers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A meeting's draft report generated from its history, as the query side generates it, and written in any format. */
final class ReportFiles {

    private final ReportGenerator generator = new ReportGenerator();
    private final ReportRenderers renderers = new ReportRenderers();

    /** The meeting as it stood at {@code asOf} (as it stands when null); bad input if it had not been convened yet. */
    static MeetingHistory asOf(MeetingHistory history, AsOf asOf) {
        if (asOf instanceof AsOf.Sequence sequence && !history.events().isEmpty()
                && sequence.sequence() > history.events().get(history.events().size() - 1).sequence()) {
            long last = history.events().get(history.events().size() - 1).sequence();
            throw new Rapporteur.InvalidInput("the meeting " + history.meetingId() + " has no event " + sequence.sequence()
                    + ": its last is event " + last + " (--as-of " + last + " is the meeting as it stands)");
        }
        MeetingHistory chosen = asOf == null ? history : asOf.cut(history);
        if (chosen.events().isEmpty()) {
            throw new Rapporteur.InvalidInput("the meeting " + history.meetingId() + " had not been convened as of "
                    + said(asOf));
        }
        return chosen;
    }

    private static String said(AsOf asOf) {
        if (asOf instanceof AsOf.Sequence sequence) {
            return "event " + sequence.sequence();
        }
        if (asOf instanceof AsOf.MeetingTime time) {
            return time.meetingTime() + " (meeting clock)";
        }
        return ((AsOf.LoggedAt) asOf).instant() + " (logging clock)";
    }

    /** The report in {@code language} (null: the body's first); what it could not say goes to {@code err}, as the HTTP report lists it. */
    ReportDocument generate(MeetingHistory history, String language, java.io.PrintStream err) {
        ReportDocument report;
        try {
            report = generator.generate(history, language);
        } catch (IllegalArgumentException | ProfileException e) {
            throw new Rapporteur.InvalidInput(e.getMessage());
        }
        if (!report.drafted()) {
            throw new Rapporteur.InvalidInput("no report of " + history.meetingId() + " can be drafted: "
                    + (report.problems().isEmpty() ? "its convening is not recorded" : report.problems().stream()
                    .map(ReportDocument.Problem::message).collect(java.util.stream.Collectors.joining("; "))
                    + " (a profile of your own: --profiles DIR)"));
        }
        for (ReportDocument.Problem problem : report.problems()) {
            err.println(history.meetingId() + ": " + problem.message()
                    + (problem.eventIds().isEmpty() ? "" : " (events " + String.join(", ", problem.eventIds()) + ")"));
        }
        return report;
    }

    byte[] render(ReportDocument report, ReportFormat format) {
        return renderers.render(report, format);
    }

    /** The download name the HTTP report gives: {@code {id}-report[-as-of-N][-lang].{ext}}. */
    static String fileName(MeetingHistory history, boolean asOf, String language, ReportFormat format) {
        return history.meetingId() + "-report" + (asOf ? "-as-of-" + history.lastSequence() : "")
                + (language == null ? "" : "-" + language) + "." + format.extension();
    }

    static void write(Path target, byte[] bytes) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
