package org.rapporteur.query.history;


import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * A point in a meeting's history, as the {@code asOf} query parameter gives it:
 * <ul>
 *   <li>{@code 42}: an event sequence number: the meeting after the event at position 42 of its stream;</li>
 *   <li>{@code 2024-09-10T10:30} or {@code 2024-09-10}: the meeting clock (local time of the meeting, a date meaning
 *       the end of that day): every event that happened in the meeting at or before it;</li>
 *   <li>{@code 2024-09-10T08:31:07Z} or with an offset ({@code +02:00}): the logging clock: every event logged at or before that instant.</li>
 * </ul>
 */
public sealed interface AsOf {

    String DESCRIPTION = "The view as it stood at a point: an event sequence number (42), a meeting date-time or date "
            + "in the meeting's local time (2024-09-10T10:30, 2024-09-10 = end of that day), or a logging instant with "
            + "Z or an offset (2024-09-10T08:31:07Z). Omitted: the live view.";

    MeetingHistory cut(MeetingHistory history);

    record Sequence(long sequence) implements AsOf {
        public MeetingHistory cut(MeetingHistory history) {
            return history.upToSequence(sequence);
        }
    }

    record MeetingTime(LocalDateTime meetingTime) implements AsOf {
        public MeetingHistory cut(MeetingHistory history) {
            return history.upToMeetingTime(meetingTime);
        }
    }

    record LoggedAt(Instant instant) implements AsOf {
        public MeetingHistory cut(MeetingHistory history) {
            return history.upToLoggedAt(instant);
        }
    }

    /** Reads the parameter; null or blank means live. */
    static AsOf parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.matches("\\d{1,18}")) {
                return new Sequence(Long.parseLong(value));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new MeetingTime(LocalDate.parse(value).atTime(LocalTime.MAX));
            }
            if (value.endsWith("Z") || value.matches(".*T.*[+-]\\d{2}:?\\d{2}$")) {
                return new LoggedAt(OffsetDateTime.parse(value).toInstant());
            }
            return new MeetingTime(LocalDateTime.parse(value));
        } catch (DateTimeException e) {
            throw new MalformedAsOfException(text);
        }
    }
}
