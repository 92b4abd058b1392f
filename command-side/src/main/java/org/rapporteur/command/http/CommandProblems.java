package org.rapporteur.command.http;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** Every rejected command becomes an RFC 9457 problem: 400 for bad facts, 404 for unknown meetings, 409 for rules. */
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

    @ExceptionHandler({ConcurrencyException.class, EventStoreException.class})
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail rejected(CommandExecutionException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof AggregateNotFoundException notFound) {
            return unknownMeeting(notFound);
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
