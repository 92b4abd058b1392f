package org.rapporteur.command.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.rapporteur.facts.InvalidFactsException;
import org.rapporteur.facts.StrictFacts;
import org.rapporteur.command.meeting.ActionHasDependants;
import org.rapporteur.command.meeting.IdempotencyKeyReused;
import org.rapporteur.command.meeting.MeetingRuleViolated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.UUID;

/**
 * Every rejected request becomes an RFC 9457 problem: 400 for bad facts, 404 for unknown meetings, 409 for rules and
 * versions, 413 for a body over the limit, 422 for a reused Idempotency-Key; Spring's own (405, 415, ...) as its
 * problem details; anything unforeseen as a 500 that names only a reference to the log. No internals are shown.
 */
@RestControllerAdvice
public class CommandProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CommandProblems.class);

    @ExceptionHandler(InvalidFactsException.class)
    ProblemDetail invalid(InvalidFactsException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-facts", "Invalid request", e.getMessage());
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(RequestTooLarge.class)
    ProblemDetail tooLarge(RequestTooLarge e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "request-too-large", "Request too large", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        RequestTooLarge tooLarge = causeOf(e, RequestTooLarge.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge));
        }
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        String detail = json == null ? "the request body is missing or cannot be read"
                : json.getMessage() != null && json.getMessage().contains("from Array value")
                        || json.getMessage() != null && json.getMessage().contains("node.ObjectNode")
                        ? "the request body must be a JSON object" : StrictFacts.readable(json);
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", detail));
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed body",
                "the body is not the multipart form its Content-Type says (a boundary is required); actions are sent as application/json");
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
        if (e instanceof ActionHasDependants dependants) {
            problem.setProperty("dependants", dependants.dependants());
        }
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                "Idempotency-Key already used for another action", e.getMessage());
        problem.setProperty("firstEventId", e.first().eventId());
        problem.setProperty("firstSequence", e.first().sequence());
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
        LOG.info("write conflict: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict",
                "the meeting was written by someone else at the same moment: reload it and log the action again if it still applies");
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
        if (cause instanceof InvalidFactsException invalid) {
            return invalid(invalid);
        }
        if (cause instanceof IdempotencyKeyReused reused) {
            return keyReused(reused);
        }
        if (cause instanceof ConcurrencyException || cause instanceof EventStoreException) {
            return conflict((RuntimeException) cause);
        }
        return unforeseen(e);
    }

    /** The request could not be handled for a reason no rule foresees: the log has the details, the answer a reference. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unforeseen(Exception e) {
        String reference = UUID.randomUUID().toString();
        LOG.error("unforeseen failure, reference {}", reference, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "the request could not be handled; the server log has the details under reference " + reference);
        problem.setProperty("reference", reference);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType() == null
                || body instanceof ProblemDetail blank && URI.create("about:blank").equals(blank.getType())) {
            ((ProblemDetail) body).setType(URI.create("https://rapporteur.dev/problems/http-" + status.value()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://rapporteur.dev/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
