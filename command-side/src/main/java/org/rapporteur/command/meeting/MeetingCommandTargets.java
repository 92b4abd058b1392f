package org.rapporteur.command.meeting;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds the meeting a command is for through {@link MeetingCommand}: Axon's annotation-based resolver inspects the
 * command's class reflectively on every command.
 */
final class MeetingCommandTargets implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (!(command.getPayload() instanceof MeetingCommand meetingCommand)) {
            throw new IllegalArgumentException(command.getCommandName() + " is not a command to a meeting");
        }
        if (meetingCommand.meetingId() == null) {
            throw new IllegalArgumentException("Invalid command. It does not identify the target meeting.");
        }
        return new VersionedAggregateIdentifier((Object) meetingCommand.meetingId(), meetingCommand.expectedVersion());
    }
}
