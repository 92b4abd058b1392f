package org.rapporteur.standalone;

import org.rapporteur.query.timeline.Timeline;
import org.rapporteur.query.timeline.TimelineEntry;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * A meeting's timeline as a plain-text table: sequence, meeting clock, logged at, logged by, status and the one-line
 * description, from the same {@link Timeline} the query side serves.
 */
final class TimelineTable {

    private static final DateTimeFormatter LOGGED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final String[] HEADINGS = {"#", "meeting clock", "logged at", "logged by", "kind", "status", "description"};

    private TimelineTable() {
    }

    static String render(List<TimelineEntry> entries) {
        Map<String, Long> sequences = new HashMap<>();
        entries.forEach(entry -> sequences.put(entry.eventId(), entry.sequence()));
        List<String[]> rows = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            rows.add(new String[]{String.valueOf(entry.sequence()), clock(entry), LOGGED_AT.format(entry.loggedAt()),
                    entry.loggedBy() == null ? "" : entry.loggedBy(), entry.kind(), entry.status().name().toLowerCase(Locale.ROOT),
                    description(entry, sequences)});
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

    private static String clock(TimelineEntry entry) {
        StringBuilder clock = new StringBuilder();
        if (entry.plenarySession() != null) {
            clock.append("plenary ").append(entry.plenarySession()).append(", ");
        }
        clock.append(entry.date());
        if (entry.time() != null) {
            clock.append(' ').append(entry.time());
        }
        return clock.toString();
    }

    /** The description, with what a correction or withdrawal changed and why. */
    private static String description(TimelineEntry entry, Map<String, Long> sequences) {
        StringBuilder text = new StringBuilder(entry.description());
        if (entry.corrects() != null) {
            text.append(" (of #").append(sequences.get(entry.corrects()))
                    .append(entry.reason() == null ? "" : ": " + entry.reason()).append(')');
        }
        return text.toString();
    }
}
