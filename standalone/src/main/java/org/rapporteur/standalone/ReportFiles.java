package org.rapporteur.standalone;

import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.report.AsOf;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.ReportGenerator;
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
        MeetingHistory chosen = asOf == null ? history
                : asOf.sequence() != null ? history.upToSequence(asOf.sequence())
                : history.upToLoggedAt(asOf.instant());
        if (chosen.events().isEmpty()) {
            throw new Rapporteur.InvalidInput("the meeting " + history.meetingId() + " had not been convened as of "
                    + (asOf.sequence() != null ? "event " + asOf.sequence() : asOf.instant()));
        }
        return chosen;
    }

    ReportDocument generate(MeetingHistory history) {
        return generator.generate(history);
    }

    byte[] render(ReportDocument report, ReportFormat format) {
        return renderers.render(report, format);
    }

    /** The download name the HTTP report gives: {@code {id}-report[-as-of-N].{ext}}. */
    static String fileName(MeetingHistory history, boolean asOf, ReportFormat format) {
        return history.meetingId() + "-report" + (asOf ? "-as-of-" + history.lastSequence() : "") + "." + format.extension();
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
