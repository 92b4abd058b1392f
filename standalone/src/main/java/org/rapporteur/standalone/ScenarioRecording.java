package org.rapporteur.standalone;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.rapporteur.command.meeting.ConveneMeeting;
import org.rapporteur.command.meeting.LoggingMetadata;
import org.rapporteur.command.meeting.RecordAction;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;

import java.util.HashMap;
import java.util.Map;

/**
 * Sends a plan's commands through a command gateway, skipping those whose command id the store already holds,
 * and resolving a correction's {@code command:<id>} target to the event recorded under that command id.
 */
final class ScenarioRecording {

    static final String COMMAND_REFERENCE = "command:";

    private final CommandGateway commands;
    private final EventStore eventStore;

    ScenarioRecording(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    /** How many commands were sent and how many had already been recorded before. */
    record Outcome(int recorded, int alreadyRecorded) {
    }

    /** A command of the plan was rejected: the line it came from and why. */
    static final class Rejected extends RuntimeException {
        final int line;

        Rejected(RecordPlan plan, int line, String reason) {
            super(plan.file() + ":" + line + ": " + reason);
            this.line = line;
        }
    }

    /** Fails when an action already recorded under its command id now says something else (the file was edited). */
    void checkAgainstRecorded(RecordPlan plan) {
        Map<String, Recorded> previously = recordedCommands(plan.meetingId());
        Map<String, String> eventByCommand = new HashMap<>();
        previously.forEach((commandId, event) -> eventByCommand.put(commandId, event.eventId()));
        for (RecordPlan.Step step : plan.steps()) {
            Recorded before = previously.get(step.commandId());
            if (before != null && !sameFacts(plan, step, before, eventByCommand)) {
                throw new Rejected(plan, step.line(), "differs from the action recorded under command id " + step.commandId()
                        + "; a recorded action is changed by recording a correction, not by editing the file");
            }
        }
    }

    /** Told after each command of a plan: how many of its steps are done, of how many. */
    interface Steps {
        void done(int done, int total);
    }

    Outcome record(RecordPlan plan) {
        return record(plan, (done, total) -> {
        });
    }

    Outcome record(RecordPlan plan, Steps steps) {
        checkAgainstRecorded(plan);
        Map<String, String> eventByCommand = new HashMap<>();
        recordedCommands(plan.meetingId()).forEach((commandId, event) -> eventByCommand.put(commandId, event.eventId()));
        int recorded = 0;
        int already = 0;
        for (RecordPlan.Step step : plan.steps()) {
            steps.done(recorded + already, plan.steps().size());
            if (eventByCommand.containsKey(step.commandId())) {
                already++;
                continue;
            }
            Object command;
            try {
                command = resolve(plan.meetingId(), step.command(), eventByCommand);
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(
                        MetaData.with(LoggingMetadata.LOGGED_BY, plan.loggedBy()).and(LoggingMetadata.COMMAND_ID, step.commandId())));
            } catch (RuntimeException e) {
                throw new Rejected(plan, step.line(), reason(e));
            }
            recorded++;
        }
        steps.done(recorded + already, plan.steps().size());
        return new Outcome(recorded, already);
    }

    private Object resolve(String meetingId, Object command, Map<String, String> eventByCommand) {
        if (!(command instanceof RecordAction action)) {
            return command;
        }
        MeetingEvent event = action.action();
        if (event instanceof ActionCorrected c && c.correctedEventId().startsWith(COMMAND_REFERENCE)) {
            event = new ActionCorrected(c.moment(), eventId(meetingId, c.correctedEventId(), eventByCommand), c.reason(), c.corrected());
        } else if (event instanceof ActionWithdrawn w && w.withdrawnEventId().startsWith(COMMAND_REFERENCE)) {
            event = new ActionWithdrawn(w.moment(), eventId(meetingId, w.withdrawnEventId(), eventByCommand), w.reason());
        } else {
            return command;
        }
        return new RecordAction(action.meetingId(), action.commandId(), action.expectedVersion(), event);
    }

    private boolean sameFacts(RecordPlan plan, RecordPlan.Step step, Recorded before, Map<String, String> eventByCommand) {
        Object planned;
        try {
            Object command = resolve(plan.meetingId(), step.command(), eventByCommand);
            planned = command instanceof RecordAction action ? action.action()
                    : command instanceof ConveneMeeting convene ? convene.facts() : command;
        } catch (IllegalStateException unresolved) {
            return false;
        }
        return planned.equals(before.payload());
    }

    private String eventId(String meetingId, String reference, Map<String, String> eventByCommand) {
        String commandId = reference.substring(COMMAND_REFERENCE.length());
        if (!eventByCommand.containsKey(commandId)) {
            recordedCommands(meetingId).forEach((id, event) -> eventByCommand.putIfAbsent(id, event.eventId()));
        }
        String eventId = eventByCommand.get(commandId);
        if (eventId == null) {
            throw new IllegalStateException("nothing of " + meetingId + " was recorded under command id " + commandId);
        }
        return eventId;
    }

    /** The first event recorded under each command id of the meeting. */
    private Map<String, Recorded> recordedCommands(String meetingId) {
        Map<String, Recorded> byCommand = new HashMap<>();
        eventStore.readEvents(meetingId, 0L).asStream().forEach((DomainEventMessage<?> m) -> {
            Object id = m.getMetaData().get(LoggingMetadata.COMMAND_ID);
            if (id != null) {
                byCommand.putIfAbsent(id.toString(), new Recorded(m.getIdentifier(), m.getPayload()));
            }
        });
        return byCommand;
    }

    private record Recorded(String eventId, Object payload) {
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof CommandExecutionException || cause.getMessage() == null) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String name = cause.getClass().getSimpleName();
        if (name.equals("AggregateStreamCreationException")) {
            return "this meeting has already been convened by another file or request";
        }
        if (name.equals("AggregateNotFoundException")) {
            return "no such meeting has been convened";
        }
        return cause.getMessage() != null ? cause.getMessage() : name;
    }
}
