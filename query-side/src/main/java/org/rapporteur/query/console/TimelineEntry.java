package org.rapporteur.query.console;

import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One line of the console's timeline: both clocks, who logged it, what it says, and what later changed it. */
public record TimelineEntry(String eventId, long sequence, String when, String loggedAt, String loggedBy,
                            String description, String note, boolean correctable, boolean superseded) {

    private static final DateTimeFormatter LOGGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    static List<TimelineEntry> of(MeetingHistory history) {
        Map<String, Long> sequenceOf = new HashMap<>();
        Map<String, String> laterChange = new HashMap<>();
        for (RecordedEvent recorded : history.events()) {
            sequenceOf.put(recorded.eventId(), recorded.sequence());
            if (recorded.event() instanceof ActionCorrected corrected) {
                laterChange.put(corrected.correctedEventId(), "corrected by #" + recorded.sequence());
            } else if (recorded.event() instanceof ActionWithdrawn withdrawn) {
                laterChange.put(withdrawn.withdrawnEventId(), "withdrawn by #" + recorded.sequence());
            }
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (RecordedEvent recorded : history.events()) {
            String note = laterChange.get(recorded.eventId());
            boolean change = false;
            if (recorded.event() instanceof ActionCorrected corrected) {
                note = "corrects #" + sequenceOf.get(corrected.correctedEventId()) + " because " + corrected.reason();
                change = true;
            } else if (recorded.event() instanceof ActionWithdrawn withdrawn) {
                note = "withdraws #" + sequenceOf.get(withdrawn.withdrawnEventId()) + " because " + withdrawn.reason();
                change = true;
            }
            boolean withdrawnLater = note != null && note.startsWith("withdrawn");
            entries.add(new TimelineEntry(recorded.eventId(), recorded.sequence(),
                    Describe.moment(recorded.event().moment()), LOGGED.format(recorded.loggedAt()),
                    recorded.loggedBy() == null ? "" : recorded.loggedBy(),
                    change ? Describe.kind(recorded.event()) : Describe.line(recorded.event()), note,
                    !change && !withdrawnLater && !(recorded.event() instanceof MeetingConvened), note != null && !change));
        }
        return entries;
    }
}
