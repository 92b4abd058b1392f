package org.rapporteur.query.history;

import org.rapporteur.events.MeetingEvent;

import java.time.Instant;

/** One event of a meeting's stream with its envelope: position, logging clock and who logged it. */
public record RecordedEvent(String eventId, long sequence, Instant loggedAt, String loggedBy, MeetingEvent event) {
}
