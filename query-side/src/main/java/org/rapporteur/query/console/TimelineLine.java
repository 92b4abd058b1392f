package org.rapporteur.query.console;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.timeline.Timeline;
import org.rapporteur.query.timeline.TimelineEntry;
import org.rapporteur.query.timeline.TimelineEntry.Status;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A timeline entry as the console shows it: both clocks, who logged it, what it says, and what later changed it. */
public record TimelineLine(String eventId, long sequence, String when, String loggedAt, String loggedBy,
                           String description, String note, boolean correctable, boolean superseded) {

    private static final DateTimeFormatter LOGGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    static List<TimelineLine> of(MeetingHistory history) {
        Map<String, Long> sequences = new HashMap<>();
        history.events().forEach(recorded -> sequences.put(recorded.eventId(), recorded.sequence()));
        List<TimelineEntry> entries = Timeline.of(history);
        List<TimelineLine> lines = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry entry = entries.get(i);
            RecordedEvent recorded = history.events().get(i);
            MeetingEvent event = recorded.event();
            Status status = entry.status();
            boolean change = status == Status.CORRECTION || status == Status.WITHDRAWAL;
            String note = switch (status) {
                case CORRECTION -> "corrects #" + sequences.get(entry.corrects()) + " because " + entry.reason();
                case WITHDRAWAL -> "withdraws #" + sequences.get(entry.corrects()) + " because " + entry.reason();
                case CORRECTED -> "corrected by #" + sequences.get(latest(entry.correctedBy()));
                case WITHDRAWN -> "withdrawn by #" + sequences.get(latest(entry.correctedBy()));
                case RECORDED -> null;
            };
            lines.add(new TimelineLine(entry.eventId(), entry.sequence(), Describe.moment(event.moment()),
                    logged(recorded.loggedAt()), recorded.loggedBy() == null ? "" : recorded.loggedBy(),
                    change ? Describe.kind(event) : Describe.line(event), note,
                    (status == Status.RECORDED || status == Status.CORRECTED) && !(event instanceof MeetingConvened),
                    status == Status.CORRECTED || status == Status.WITHDRAWN));
        }
        return lines;
    }

    /** A logging instant as the console shows it (UTC). */
    static String logged(Instant instant) {
        return LOGGED.format(instant);
    }

    private static String latest(List<String> eventIds) {
        return eventIds.get(eventIds.size() - 1);
    }
}
