package org.rapporteur.standalone;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.rapporteur.facts.InvalidFactsException;
import org.rapporteur.command.meeting.ConveneMeeting;
import org.rapporteur.command.meeting.LoggingMetadata;
import org.rapporteur.command.meeting.RecordAction;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.console.ConsoleCommands;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/** The console records through this process's command gateway (the signed-in user becomes loggedBy there). */
@Component
@Primary
class InProcessConsoleCommands implements ConsoleCommands {

    private final CommandGateway gateway;

    InProcessConsoleCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void convene(String meetingId, String commandId, MeetingConvened facts) {
        send(new ConveneMeeting(meetingId, commandId, facts), commandId);
    }

    @Override
    public void record(String meetingId, String commandId, MeetingEvent action) {
        send(new RecordAction(meetingId, commandId, null, action), commandId);
    }

    private void send(Object command, String commandId) {
        try {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(MetaData.with(LoggingMetadata.COMMAND_ID, commandId)));
        } catch (AggregateStreamCreationException e) {
            throw new Rejected("a meeting with this id has already been convened", java.util.List.of(
                    new FieldProblem("id", "already convened")));
        } catch (AggregateNotFoundException e) {
            throw new Rejected("no meeting has been convened with id " + e.getAggregateIdentifier());
        } catch (ConcurrencyException e) {
            throw new Rejected("the meeting changed meanwhile; look again and resubmit: " + e.getMessage());
        } catch (InvalidFactsException e) {
            throw new Rejected(e.getMessage(), e.errors().stream().map(f -> new FieldProblem(f.field(), f.message())).toList());
        } catch (CommandExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof InvalidFactsException invalid) {
                throw new Rejected(invalid.getMessage(), invalid.errors().stream().map(f -> new FieldProblem(f.field(), f.message())).toList());
            }
            throw new Rejected(cause.getMessage());
        } catch (RuntimeException e) {
            // the meeting's rules refused it
            throw new Rejected(e.getMessage());
        }
    }
}
