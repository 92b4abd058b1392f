package org.rapporteur.command.meeting;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.rapporteur.events.MeetingEvent;

/**
 * One meeting. It checks every action against the meeting's rules ({@link MeetingRule}) and keeps only the state
 * those rules need ({@link MeetingState}). Cached between commands and snapshotted, see {@link MeetingConfiguration}.
 */
@Aggregate(cache = MeetingConfiguration.CACHE, snapshotTriggerDefinition = MeetingConfiguration.SNAPSHOT_TRIGGER,
        commandTargetResolver = MeetingConfiguration.COMMAND_TARGETS)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class MeetingAggregate {

    @AggregateIdentifier
    private String meetingId;
    private MeetingState state = new MeetingState();

    MeetingAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Recorded handle(ConveneMeeting command, MeetingCalendar calendar, BodyDirectory bodies) {
        Recorded earlier = state.recordedUnder(command.commandId());
        if (earlier != null) {
            return earlier;
        }
        if (state.convened()) {
            throw new MeetingRuleViolated("MeetingIsConvenedOnce", "the meeting " + meetingId + " has already been convened");
        }
        ProfileMustBeKnown.check(command.facts(), bodies);
        meetingId = command.meetingId();
        AggregateLifecycle.apply(MomentDefaults.complete(command.facts(), null, calendar.today()), metaData(command.commandId()));
        return state.last();
    }

    @CommandHandler
    Recorded handle(RecordAction command, MeetingCalendar calendar, ConflictResolver conflicts, BodyDirectory bodies) {
        Recorded earlier = state.recordedUnder(command.commandId());
        if (earlier != null) {
            conflicts.detectConflicts(unseen -> false);
            return earlier;
        }
        conflicts.detectConflicts(unseen -> !unseen.isEmpty());
        AggregateLifecycle.apply(state.admit(command.action(), calendar.today(), bodies), metaData(command.commandId()));
        return state.last();
    }

    @EventSourcingHandler
    void on(MeetingEvent event, DomainEventMessage<?> message) {
        meetingId = message.getAggregateIdentifier();
        Object commandId = message.getMetaData().get(LoggingMetadata.COMMAND_ID);
        state.evolve(event, new Recorded(message.getIdentifier(), message.getSequenceNumber()),
                commandId == null ? null : commandId.toString());
    }

    private static MetaData metaData(String commandId) {
        return commandId == null ? MetaData.emptyInstance() : MetaData.with(LoggingMetadata.COMMAND_ID, commandId);
    }

    MeetingState state() {
        return state;
    }
}
