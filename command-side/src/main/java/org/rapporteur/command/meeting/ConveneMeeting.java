package org.rapporteur.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.rapporteur.events.meeting.MeetingConvened;

/** Convene a new meeting under a readable id such as {@code ccm-12msp}. */
public record ConveneMeeting(@TargetAggregateIdentifier String meetingId, String commandId, MeetingConvened facts) {
}
