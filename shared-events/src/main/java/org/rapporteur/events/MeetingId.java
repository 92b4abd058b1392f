package org.rapporteur.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** A meeting's id, its event stream's identifier and its URLs' segment: {@code ccm-12msp}. */
public record MeetingId(@JsonValue String text) implements Text {

    public static final String FORM = "lower-case letters, digits and dashes, such as ccm-12msp";
    /** The form as a regular expression (for schemas). */
    public static final String PATTERN = "[a-z0-9][a-z0-9-]{1,62}";
    private static final Pattern ID = Pattern.compile(PATTERN);

    @JsonCreator
    public MeetingId {
        if (!isWellFormed(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a meeting id: " + FORM);
        }
    }

    public static MeetingId of(String id) {
        return new MeetingId(id);
    }

    @Override
    public boolean wellFormed() {
        return isWellFormed(text);
    }

    @Override
    public String problem() {
        return "'" + text + "' is not a meeting id: " + FORM;
    }

    public static boolean isWellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }

    @Override
    public String form() {
        return FORM;
    }

    @Override
    public String toString() {
        return text;
    }
}
