package org.rapporteur.query.console;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.query.timeline.ActionDescriptions;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An action in one line, as the timeline, the CLI and the API describe it; the meeting clock in words. */
final class Describe {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Describe() {
    }

    static String line(MeetingEvent event) {
        return TimelineLine.describe(ActionDescriptions.describe(event), event);
    }

    static String moment(MeetingMoment moment) {
        if (moment == null) {
            return "";
        }
        String when = DAY.format(moment.date()) + (moment.time() == null ? "" : " " + moment.time());
        return moment.plenarySession() == null ? when : "plenary " + moment.plenarySession() + ", " + when;
    }
}
