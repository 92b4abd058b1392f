package org.rapporteur.facts;

import java.util.List;
import java.util.stream.Collectors;

/** The request's facts are malformed or incomplete; nothing was recorded. */
public class InvalidFactsException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidFactsException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }
}
