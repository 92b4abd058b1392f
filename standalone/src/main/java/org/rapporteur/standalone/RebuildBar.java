package org.rapporteur.standalone;

import org.rapporteur.query.rebuild.RebuildProgress;

/** One line of rebuild progress: a bar, the percentage, the position and the rate. */
final class RebuildBar {

    private static final int WIDTH = 30;

    private RebuildBar() {
    }

    static String line(RebuildProgress progress) {
        int filled = (int) Math.round(Math.min(100, progress.percent()) / 100 * WIDTH);
        return String.format("[%s%s] %3.0f%%  %,d/%,d events  %,.0f events/s  %s", "#".repeat(filled),
                " ".repeat(WIDTH - filled), progress.percent(), progress.position(), progress.total(),
                progress.eventsPerSecond(), progress.state().name().toLowerCase(java.util.Locale.ROOT));
    }
}
