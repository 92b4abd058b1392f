package org.rapporteur.command.http;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.rapporteur.command.meeting.MeetingRuleViolated;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** Every rejected command becomes an RFC 9457 problem: 400 for bad facts, 404 for unknown meetings, 409 for rules and versions. */
@RestControllerAdvice
public class CommandProblems {

    @ExceptionHandler(InvalidFactsException.class)
    ProblemDetail invalid(InvalidFactsException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-facts", "Invalid request", e.getMessage());
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", e.getMostSpecificCause().getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownMeeting(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-meeting", "Unknown meeting",
                "no meeting has been convened with id " + e.getAggregateIdentifier());
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyConvened(AggregateStreamCreationException e) {
        return problem(HttpStatus.CONFLICT, "already-convened", "Meeting already convened",
                "a meeting with this id has already been convened");
    }

    @ExceptionHandler(UnknownFamilyException.class)
    ProblemDetail unknownFamily(UnknownFamilyException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-family", "Unknown family of actions", e.getMessage());
    }

    @ExceptionHandler(MeetingRuleViolated.class)
    ProblemDetail ruleViolated(MeetingRuleViolated e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "rule-violated", "Rejected by the meeting's rules", e.getMessage());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail versionConflict(ConflictingAggregateVersionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "version-conflict", "The meeting has moved on",
                "the meeting is at version " + e.getActualVersion() + ", not " + e.getExpectedVersion()
                        + ": reload it and log the action again if it still applies");
        problem.setProperty("expectedVersion", e.getExpectedVersion());
        problem.setProperty("actualVersion", e.getActualVersion());
        return problem;
    }

    @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class, EventStoreException.class})
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail rejected(CommandExecutionException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof AggregateNotFoundException notFound) {
            return unknownMeeting(notFound);
        }
        if (cause instanceof MeetingRuleViolated violated) {
            return ruleViolated(violated);
        }
        if (cause instanceof ConflictingAggregateVersionException versions) {
            return versionConflict(versions);
        }
        return problem(HttpStatus.CONFLICT, "rule-violated", "Rejected by the meeting's rules", cause.getMessage());
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://rapporteur.dev/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
