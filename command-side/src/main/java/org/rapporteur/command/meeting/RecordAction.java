package org.rapporteur.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.rapporteur.events.MeetingEvent;

/**
 * Record one action of the meeting as it happened. {@code commandId} makes retries safe;
 * {@code expectedVersion}, when given, is the meeting's last sequence number the client saw.
 */
public record RecordAction(@TargetAggregateIdentifier String meetingId,
                           String commandId,
                           @TargetAggregateVersion Long expectedVersion,
                           MeetingEvent action) {
}
