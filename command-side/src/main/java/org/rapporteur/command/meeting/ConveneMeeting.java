package org.rapporteur.command.meeting;

import org.rapporteur.events.meeting.MeetingConvened;

/**
 * Convene a new meeting under a readable id such as {@code ccm-12msp}. Retried with the same command id, it returns
 * the first result; under another command id, an already convened meeting refuses it. Handled with a {@link Recorded}.
 */
public record ConveneMeeting(String meetingId, String commandId, MeetingConvened facts) implements MeetingCommand {
}
