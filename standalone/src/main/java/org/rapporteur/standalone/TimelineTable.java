package org.rapporteur.standalone;

import org.rapporteur.events.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** A meeting's events as a plain-text table: sequence, meeting clock, logged at, logged by, description. */
final class TimelineTable {

    private static final DateTimeFormatter LOGGED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final String[] HEADINGS = {"#", "meeting clock", "logged at", "logged by", "description"};

    private TimelineTable() {
    }

    static String render(MeetingHistory history) {
        List<String[]> rows = new ArrayList<>();
        for (RecordedEvent e : history.events()) {
            rows.add(new String[]{String.valueOf(e.sequence()), clock(e.event().moment()), LOGGED_AT.format(e.loggedAt()),
                    e.loggedBy() == null ? "" : e.loggedBy(), description(e.event())});
        }
        int[] widths = new int[HEADINGS.length - 1];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = HEADINGS[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, HEADINGS, widths);
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append("-".repeat(width)).append("  ");
        }
        out.append(rule).append("-".repeat(HEADINGS[HEADINGS.length - 1].length())).append('\n');
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            String cell = cells[c];
            out.append(c == 0 ? " ".repeat(widths[c] - cell.length()) + cell : cell + " ".repeat(widths[c] - cell.length())).append("  ");
        }
        out.append(cells[cells.length - 1]).append('\n');
    }

    static String clock(MeetingMoment moment) {
        if (moment == null) {
            return "";
        }
        StringBuilder clock = new StringBuilder();
        if (moment.plenarySession() != null) {
            clock.append("plenary ").append(moment.plenarySession()).append(", ");
        }
        clock.append(moment.date());
        if (moment.time() != null) {
            clock.append(' ').append(moment.time());
        }
        return clock.toString();
    }

    static String description(MeetingEvent event) {
        if (event instanceof ActionCorrected c) {
            return "action-corrected: " + Actions.name(c.corrected().getClass()) + " " + c.correctedEventId() + " (" + c.reason() + ")";
        }
        if (event instanceof ActionWithdrawn w) {
            return "action-withdrawn: " + w.withdrawnEventId() + " (" + w.reason() + ")";
        }
        return Actions.name(event.getClass());
    }
}
