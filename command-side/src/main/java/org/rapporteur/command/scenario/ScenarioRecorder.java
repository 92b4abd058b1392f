package org.rapporteur.command.scenario;

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
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a scenario's commands through the command gateway, so they meet the same handlers and rules as HTTP: those
 * whose command id the meeting already holds are skipped (re-recording a file records nothing twice), and a
 * correction's or withdrawal's {@code command:<id>} target is resolved to the event recorded under that command id.
 * The one recorder of scenarios: the command line's {@code record} and the tests use it.
 */
@Component
public class ScenarioRecorder {

    private final CommandGateway commands;
    private final EventStore eventStore;

    public ScenarioRecorder(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    /** One command (a {@code ConveneMeeting} or a {@code RecordAction}), the line it came from and its command id. */
    public record Step(int line, String commandId, Object command) {
    }

    /** How many commands were sent and how many had already been recorded before. */
    public record Outcome(int recorded, int alreadyRecorded) {
    }

    /** Told after each command: how many of the steps are done, of how many. */
    public interface Progress {
        void done(int done, int total);
    }

    /** A command was rejected: the line it came from and why. */
    public static final class Rejected extends RuntimeException {
        private final int line;
        private final String reason;

        Rejected(int line, String reason, Throwable cause) {
            super("line " + line + ": " + reason, cause);
            this.line = line;
            this.reason = reason;
        }

        public int line() {
            return line;
        }

        public String reason() {
            return reason;
        }
    }

    /** Records the scenario as logged by {@code loggedBy} (the file's own when null); returns how many were sent. */
    public int record(Scenario scenario, String loggedBy) {
        List<Object> commands = scenario.commands();
        List<Step> steps = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            Object command = commands.get(i);
            steps.add(new Step(i == 0 ? 1 : scenario.entries().get(i - 1).line(),
                    command instanceof RecordAction action ? action.commandId() : scenario.commandId(0), command));
        }
        return record(scenario.meetingId(), loggedBy != null ? loggedBy : scenario.loggedBy(), steps, (done, total) -> {
        }).recorded();
    }

    public int record(Scenario scenario) {
        return record(scenario, null);
    }

    /** Records the steps not recorded yet, once none already recorded says something else now ({@link #checkAgainstRecorded}). */
    public Outcome record(String meetingId, String loggedBy, List<Step> steps, Progress progress) {
        checkAgainstRecorded(meetingId, steps);
        Map<String, String> eventByCommand = new HashMap<>();
        recordedCommands(meetingId).forEach((commandId, event) -> eventByCommand.put(commandId, event.eventId()));
        int recorded = 0;
        int already = 0;
        for (Step step : steps) {
            progress.done(recorded + already, steps.size());
            if (eventByCommand.containsKey(step.commandId())) {
                already++;
                continue;
            }
            try {
                Object command = resolve(meetingId, step.command(), eventByCommand);
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(
                        MetaData.with(LoggingMetadata.LOGGED_BY, loggedBy).and(LoggingMetadata.COMMAND_ID, step.commandId())));
            } catch (RuntimeException e) {
                throw new Rejected(step.line(), reason(e), e);
            }
            recorded++;
        }
        progress.done(recorded + already, steps.size());
        return new Outcome(recorded, already);
    }

    /** Fails when an action already recorded under its command id now says something else (the file was edited). */
    public void checkAgainstRecorded(String meetingId, List<Step> steps) {
        Map<String, Recorded> previously = recordedCommands(meetingId);
        Map<String, String> eventByCommand = new HashMap<>();
        previously.forEach((commandId, event) -> eventByCommand.put(commandId, event.eventId()));
        for (Step step : steps) {
            Recorded before = previously.get(step.commandId());
            if (before != null && !sameFacts(meetingId, step, before, eventByCommand)) {
                throw new Rejected(step.line(), "differs from the action recorded under command id " + step.commandId()
                        + "; a recorded action is changed by recording a correction, not by editing the file", null);
            }
        }
    }

    private Object resolve(String meetingId, Object command, Map<String, String> eventByCommand) {
        if (!(command instanceof RecordAction action)) {
            return command;
        }
        MeetingEvent event = action.action();
        if (event instanceof ActionCorrected c && c.correctedEventId().startsWith(Scenario.COMMAND_REFERENCE)) {
            event = new ActionCorrected(c.moment(), eventId(meetingId, c.correctedEventId(), eventByCommand), c.reason(), c.corrected());
        } else if (event instanceof ActionWithdrawn w && w.withdrawnEventId().startsWith(Scenario.COMMAND_REFERENCE)) {
            event = new ActionWithdrawn(w.moment(), eventId(meetingId, w.withdrawnEventId(), eventByCommand), w.reason());
        } else {
            return command;
        }
        return new RecordAction(action.meetingId(), action.commandId(), action.expectedVersion(), event);
    }

    private boolean sameFacts(String meetingId, Step step, Recorded before, Map<String, String> eventByCommand) {
        Object planned;
        try {
            Object command = resolve(meetingId, step.command(), eventByCommand);
            planned = command instanceof RecordAction action ? action.action()
                    : command instanceof ConveneMeeting convene ? convene.facts() : command;
        } catch (IllegalStateException unresolved) {
            return false;
        }
        return planned.equals(before.payload());
    }

    private String eventId(String meetingId, String reference, Map<String, String> eventByCommand) {
        String commandId = reference.substring(Scenario.COMMAND_REFERENCE.length());
        if (!eventByCommand.containsKey(commandId)) {
            recordedCommands(meetingId).forEach((id, event) -> eventByCommand.putIfAbsent(id, event.eventId()));
        }
        String eventId = eventByCommand.get(commandId);
        if (eventId == null) {
            throw new IllegalStateException("nothing of " + meetingId + " was recorded under command id " + commandId);
        }
        return eventId;
    }

    /** The first event recorded under each command id of the meeting (none when it is not convened yet). */
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
