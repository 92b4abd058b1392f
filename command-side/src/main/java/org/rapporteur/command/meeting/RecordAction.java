package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;

/**
 * Record one action of the meeting as it happened. {@code commandId} makes retries safe: a command id seen before
 * returns the first result and records nothing. {@code expectedVersion}, when given, is the meeting's last sequence
 * number the client saw; if the meeting has moved on since, the command is refused. Handled with a {@link Recorded}.
 */
public record RecordAction(String meetingId,
                           String commandId,
                           Long expectedVersion,
                           MeetingEvent action) implements MeetingCommand {
}
