package org.rapporteur.command.scenario;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.rapporteur.command.meeting.LoggingMetadata;
import org.rapporteur.command.meeting.RecordAction;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Records a scenario through the command gateway, so it meets the same handlers and rules as HTTP. A correction's
 * {@code command:<id>} target is resolved to the id of the event recorded under that command id.
 */
@Component
public class ScenarioRecorder {

    private final CommandGateway commands;
    private final EventStore eventStore;

    public ScenarioRecorder(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    /**
     * Records the commands of the scenario not yet recorded under their command ids, as logged by {@code loggedBy}
     * (the file's own when null); returns how many were sent. Re-recording a file therefore records nothing twice.
     */
    public int record(Scenario scenario, String loggedBy) {
        String who = loggedBy != null ? loggedBy : scenario.loggedBy();
        Map<String, String> recorded = recordedCommands(scenario.meetingId());
        int sent = 0;
        for (Object command : scenario.commands()) {
            String commandId = command instanceof RecordAction action ? action.commandId() : scenario.commandId(0);
            if (recorded.containsKey(commandId)) {
                continue;
            }
            Object resolved = command instanceof RecordAction action ? resolve(action) : command;
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(resolved)
                    .andMetaData(MetaData.with(LoggingMetadata.LOGGED_BY, who).and(LoggingMetadata.COMMAND_ID, commandId)));
            sent++;
        }
        return sent;
    }

    public int record(Scenario scenario) {
        return record(scenario, null);
    }

    private RecordAction resolve(RecordAction action) {
        MeetingEvent event = action.action();
        if (event instanceof ActionCorrected c && c.correctedEventId().startsWith(Scenario.COMMAND_REFERENCE)) {
            event = new ActionCorrected(c.moment(), eventId(action.meetingId(), c.correctedEventId()), c.reason(), c.corrected());
        } else if (event instanceof ActionWithdrawn w && w.withdrawnEventId().startsWith(Scenario.COMMAND_REFERENCE)) {
            event = new ActionWithdrawn(w.moment(), eventId(action.meetingId(), w.withdrawnEventId()), w.reason());
        } else {
            return action;
        }
        return new RecordAction(action.meetingId(), action.commandId(), action.expectedVersion(), event);
    }

    private String eventId(String meetingId, String reference) {
        String commandId = reference.substring(Scenario.COMMAND_REFERENCE.length());
        String eventId = recordedCommands(meetingId).get(commandId);
        if (eventId == null) {
            throw new IllegalStateException("no event of " + meetingId + " was recorded under command id " + commandId);
        }
        return eventId;
    }

    /** The first event recorded under each command id of the meeting (none when it is not convened yet). */
    private Map<String, String> recordedCommands(String meetingId) {
        Map<String, String> byCommand = new HashMap<>();
        eventStore.readEvents(meetingId, 0L).asStream().forEach((DomainEventMessage<?> m) -> {
            Object id = m.getMetaData().get(LoggingMetadata.COMMAND_ID);
            if (id != null) {
                byCommand.putIfAbsent(id.toString(), m.getIdentifier());
            }
        });
        return byCommand;
    }
}
