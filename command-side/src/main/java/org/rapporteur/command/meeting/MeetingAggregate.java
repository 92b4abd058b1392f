package org.rapporteur.command.meeting;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.rapporteur.facts.StrictFacts;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.corrections.ActionCorrected;

/**
 * One meeting. It checks every action against the meeting's rules ({@link MeetingRule}) and keeps only the state
 * those rules need ({@link MeetingState}). Cached between commands and snapshotted, see {@link MeetingConfiguration}.
 */
// Revision 3: the rule state no longer keeps command ids (ProcessedCommands does); snapshots of earlier revisions are
// passed over (Axon's revision filter) and the meeting is read from its events instead.
@Revision("3")
@Aggregate(cache = MeetingConfiguration.CACHE, snapshotTriggerDefinition = MeetingConfiguration.SNAPSHOT_TRIGGER,
        commandTargetResolver = MeetingConfiguration.COMMAND_TARGETS)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class MeetingAggregate {

    @AggregateIdentifier
    private String meetingId;
    private MeetingState state = new MeetingState();

    MeetingAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Recorded handle(ConveneMeeting command, MeetingCalendar calendar, BodyDirectory bodies) {
        if (state.convened()) {
            throw new MeetingRuleViolated("MeetingIsConvenedOnce", "the meeting " + meetingId + " has already been convened");
        }
        ProfileMustBeKnown.check(command.facts(), bodies);
        MeetingEvent convened = MomentDefaults.complete(command.facts(), null, calendar.today());
        StrictFacts.refuseInsane(convened);
        new MeetingEndsOnOrAfterItStarts().objection(state, convened).ifPresent(objection -> {
            throw new MeetingRuleViolated(MeetingEndsOnOrAfterItStarts.class.getSimpleName(), objection);
        });
        meetingId = command.meetingId();
        AggregateLifecycle.apply(convened, metaData(command.commandId(), command.facts()));
        return state.last();
    }

    @CommandHandler
    Recorded handle(RecordAction command, MeetingCalendar calendar, ConflictResolver conflicts, EventStore eventStore,
                    BodyDirectory bodies) {
        conflicts.detectConflicts(unseen -> !unseen.isEmpty());
        MeetingEvent admitted = state.admit(command.action(), calendar.today(), bodies);
        if (admitted instanceof ActionCorrected correction) {
            MeetingRule.checkCorrected(MeetingAsItStood.before(eventStore, meetingId, correction.correctedEventId(), bodies),
                    correction.corrected(), correction.correctedEventId());
        }
        AggregateLifecycle.apply(admitted, metaData(command.commandId(), command.action()));
        return state.last();
    }

    @EventSourcingHandler
    void on(MeetingEvent event, DomainEventMessage<?> message) {
        meetingId = message.getAggregateIdentifier();
        state.evolve(event, new Recorded(message.getIdentifier(), message.getSequenceNumber()));
    }

    /** The command id and the fingerprint of the action as given travel with the event, so that the record of processed commands can be made again from the events. */
    private static MetaData metaData(String commandId, Object asGiven) {
        return commandId == null ? MetaData.emptyInstance()
                : MetaData.with(LoggingMetadata.COMMAND_ID, commandId).and(CommandDigest.METADATA_KEY, CommandDigest.of(asGiven));
    }

    MeetingState state() {
        return state;
    }
}
