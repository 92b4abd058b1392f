package org.rapporteur.command.meeting;

/** Where a command's action landed in the meeting's stream: its event id and sequence number. */
public record Recorded(String eventId, long sequence) {
}
