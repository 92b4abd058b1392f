package org.rapporteur.command.http;

import org.rapporteur.facts.FactFields;
import org.rapporteur.facts.InvalidFactsException;
import org.rapporteur.facts.StrictFacts;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.rapporteur.events.MeetingId;

/** Reads the facts of a request body into an event record and validates them, naming every bad field. */
@Component
public class RequestFacts {

    private final Validator validator;

    public RequestFacts(Validator validator) {
        this.validator = validator;
    }

    public String meetingId(JsonNode id) {
        if (id == null || !id.isTextual() || !MeetingId.isWellFormed(id.asText())) {
            throw new InvalidFactsException(List.of(new InvalidFactsException.FieldError("id",
                    "required: " + MeetingId.FORM)));
        }
        return id.asText();
    }

    public <T> T read(JsonNode body, Class<T> type) {
        return read(body, type, Set.of());
    }

    /**
     * Reads strictly ({@link StrictFacts}) and validates, naming every problem at once, except that the fields at
     * {@code defaulted} (paths such as {@code moment.date}) may be missing.
     */
    public <T> T read(JsonNode body, Class<T> type, Set<String> defaulted) {
        StrictFacts.Reading<T> reading = StrictFacts.reading(body, type);
        List<InvalidFactsException.FieldError> problems = new ArrayList<>(reading.problems());
        T value = reading.value();
        if (value != null) {
            problems.addAll(violations(value, defaulted));
        } else {
            // the fields that could not be read yet are required ones too: name those the body lacks
            problems.addAll(missing(body, type, defaulted, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(problems.stream()
                    .sorted(Comparator.comparing(InvalidFactsException.FieldError::field)).toList());
        }
        return value;
    }

    public void validate(Object value) {
        validate(value, Set.of());
    }

    private void validate(Object value, Set<String> defaulted) {
        List<InvalidFactsException.FieldError> problems = new ArrayList<>(violations(value, defaulted));
        problems.addAll(StrictFacts.problems(value));
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(problems.stream()
                    .sorted(Comparator.comparing(InvalidFactsException.FieldError::field)).toList());
        }
    }

    private List<InvalidFactsException.FieldError> violations(Object value, Set<String> defaulted) {
        return validator.validate(value).stream()
                .filter(v -> !(v.getInvalidValue() == null && defaulted.contains(v.getPropertyPath().toString())))
                .map(v -> new InvalidFactsException.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
    }

    /** Required (not null) facts of a record the body does not give, when the body could not be read whole. */
    private static List<InvalidFactsException.FieldError> missing(JsonNode body, Class<?> type, Set<String> defaulted,
                                                                  List<InvalidFactsException.FieldError> known) {
        List<InvalidFactsException.FieldError> missing = new ArrayList<>();
        if (body == null || !body.isObject() || !type.isRecord()) {
            return missing;
        }
        for (FactFields.Fact fact : FactFields.of(type)) {
            String name = fact.name();
            JsonNode given = body.get(name);
            if (fact.required() && (given == null || given.isNull()) && !defaulted.contains(name)
                    && known.stream().noneMatch(p -> p.field().equals(name))) {
                missing.add(new InvalidFactsException.FieldError(name, "required"));
            }
        }
        return missing;
    }

}
