package org.rapporteur.query.console;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.query.timeline.ActionDescriptions;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An action in one line, as the timeline, the CLI and the API describe it; the meeting clock in words. */
final class Describe {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** The console's language: English as the secretariat writes it (day before month, "2–5 September 2024"). */
    static final Locale LANGUAGE = Locale.UK;

    private Describe() {
    }

    static String line(MeetingEvent event) {
        return TimelineLine.describe(ActionDescriptions.describe(event), event);
    }

    /** A meeting's dates as a secretary reads them, in a language: "2–5 September 2024", "30 September – 4 October 2024". */
    static String dates(java.time.LocalDate from, java.time.LocalDate to, Locale language) {
        com.ibm.icu.text.DateIntervalFormat format = com.ibm.icu.text.DateIntervalFormat.getInstance(
                com.ibm.icu.text.DateFormat.YEAR_MONTH_DAY, com.ibm.icu.util.ULocale.forLocale(language));
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(new com.ibm.icu.util.DateInterval(epochMillis(from), epochMillis(to == null ? from : to)),
                new StringBuffer(), new java.text.FieldPosition(0)).toString();
    }

    private static long epochMillis(java.time.LocalDate date) {
        return date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static String moment(MeetingMoment moment) {
        if (moment == null) {
            return "";
        }
        String when = DAY.format(moment.date()) + (moment.time() == null ? "" : " " + moment.time());
        return moment.plenarySession() == null ? when : "plenary " + moment.plenarySession() + ", " + when;
    }
}
