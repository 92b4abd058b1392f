package org.rapporteur.command.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the facts of a request body into an event record and validates them, naming every bad field. */
@Component
public class RequestFacts {

    private static final Pattern MEETING_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private final ObjectMapper mapper;
    private final Validator validator;

    public RequestFacts(@Qualifier("defaultAxonObjectMapper") ObjectMapper mapper, Validator validator) {
        // enumeration values as in scenario files and docs/vocabulary.md: acclamation or ACCLAMATION
        this.mapper = mapper.copy().configure(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true);
        this.validator = validator;
    }

    public String meetingId(JsonNode id) {
        if (id == null || !id.isTextual() || !MEETING_ID.matcher(id.asText()).matches()) {
            throw new InvalidFactsException(List.of(new InvalidFactsException.FieldError("id",
                    "required: lower-case letters, digits and dashes, such as ccm-12msp")));
        }
        return id.asText();
    }

    public <T> T read(JsonNode body, Class<T> type) {
        return read(body, type, Set.of());
    }

    /** Reads and validates, except that the fields at {@code defaulted} (paths such as {@code moment.date}) may be missing. */
    public <T> T read(JsonNode body, Class<T> type, Set<String> defaulted) {
        T value;
        try {
            value = mapper.treeToValue(body, type);
        } catch (MismatchedInputException e) {
            throw new InvalidFactsException(List.of(new InvalidFactsException.FieldError(path(e), e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw new InvalidFactsException(List.of(new InvalidFactsException.FieldError("", e.getOriginalMessage())));
        }
        if (value == null) {
            throw new InvalidFactsException(List.of(new InvalidFactsException.FieldError("", "a JSON object is required")));
        }
        validate(value, defaulted);
        return value;
    }

    public void validate(Object value) {
        validate(value, Set.of());
    }

    private void validate(Object value, Set<String> defaulted) {
        List<ConstraintViolation<Object>> violations = validator.validate(value).stream()
                .filter(v -> !(v.getInvalidValue() == null && defaulted.contains(v.getPropertyPath().toString())))
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidFactsException(violations.stream()
                    .map(v -> new InvalidFactsException.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(InvalidFactsException.FieldError::field))
                    .toList());
        }
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
