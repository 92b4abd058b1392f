package org.rapporteur.facts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.rapporteur.events.EventJson;

import java.util.ArrayList;
import java.util.List;

/**
 * The one strict reading of facts, whatever brought them (HTTP, the console, a scenario file): every unknown field,
 * empty list entry, unknown State, insane date and over-long text is named, all at once; enumeration values are
 * read in any case. Stored events keep {@link EventJson}'s tolerant reader.
 */
public final class StrictFacts {

    private static final ObjectMapper MAPPER = strict(EventJson.mapper());
    /** Reads what remains once {@link KnownFields} has named the unknown fields, so the rest is still checked. */
    private static final ObjectMapper READER = MAPPER.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StrictFacts() {
    }

    /** A copy of {@code mapper} that refuses what the strict layer refuses while reading. */
    public static ObjectMapper strict(ObjectMapper mapper) {
        ObjectMapper strict = mapper.copy();
        strict.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true);
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.addHandler(new HyphenatedChoices());
        return strict;
    }

    /** The strict mapper on the stored JSON form (ISO dates, the same field names). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The facts as read (null when they could not be) and every problem found with them. */
    public record Reading<T>(T value, List<InvalidFactsException.FieldError> problems) {
    }

    /** The facts read as {@code type}, or every problem found with them (bean validation is the caller's). */
    public static <T> T read(JsonNode facts, Class<T> type) {
        Reading<T> reading = reading(facts, type);
        if (!reading.problems().isEmpty()) {
            throw new InvalidFactsException(reading.problems());
        }
        return reading.value();
    }

    public static <T> Reading<T> reading(JsonNode facts, Class<T> type) {
        List<InvalidFactsException.FieldError> problems = new ArrayList<>();
        KnownFields.check(facts, type, "", problems);
        T value = null;
        try {
            value = facts == null || facts.isNull() ? null : READER.treeToValue(facts, type);
            if (value == null) {
                problems.add(new InvalidFactsException.FieldError("", "the facts are required, as " + FactTypes.expected(type)));
            }
        } catch (JsonProcessingException e) {
            InvalidFactsException.FieldError problem = problem(e, type);
            if (problems.stream().noneMatch(p -> p.field().equals(problem.field()))) {
                problems.add(problem);
            }
        }
        if (value != null) {
            SaneValues.check(value, problems);
        }
        return new Reading<>(value, List.copyOf(problems));
    }

    /** The problems with facts already read (empty when there are none). */
    public static List<InvalidFactsException.FieldError> problems(Object facts) {
        List<InvalidFactsException.FieldError> problems = new ArrayList<>();
        SaneValues.check(facts, problems);
        return problems;
    }

    /**
     * Refuses facts with an empty list entry, an unknown State, an insane date or an over-long text, whatever channel
     * they came by: the meeting checks this before its rules, so no such fact is ever recorded.
     */
    public static void refuseInsane(Object facts) {
        List<InvalidFactsException.FieldError> problems = problems(facts);
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(problems);
        }
    }

    /** A reading failure in the secretariat's words: the field and what it should be, no Java class names. */
    public static InvalidFactsException.FieldError problem(JsonProcessingException e, Class<?> root) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "unknown field";
        } else if (e instanceof InvalidTypeIdException) {
            message = "not a kind of action";
        } else if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null
                && instantiation.getCause().getMessage() != null) {
            message = instantiation.getCause().getMessage();
        } else if (e instanceof InvalidFormatException format) {
            message = "'" + format.getValue() + "' is not " + FactTypes.expected(format.getTargetType());
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = "expected " + FactTypes.expected(mismatch.getTargetType());
        } else if (e instanceof JsonMappingException && e.getCause() != null && !(e.getCause() instanceof JsonProcessingException)) {
            message = "not " + FactTypes.expected(root);
        } else {
            message = readable(e);
        }
        return new InvalidFactsException.FieldError(field, message);
    }

    /** Jackson's own words about malformed text, without the source excerpt or the Java types it names. */
    public static String readable(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int cut = message.indexOf(" (for ");
        message = (cut > 0 ? message.substring(0, cut) : message)
                .replaceAll("`[a-zA-Z0-9_.$]+\\.([A-Za-z0-9_$]+)`", "$1")
                .replaceAll("\\s*\\([^()]*`[^`]*`[^()]*\\)", "")
                .replace("`", "")
                .replaceAll("\\s+", " ").trim();
        var location = e.getLocation();
        return location == null || location.getLineNr() < 0 ? message
                : message + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
