package org.rapporteur.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.rapporteur.text.States;

/** A State, by its ISO 3166 alpha-3 code ({@code CHE}; {@code EUU} for the European Union), one of states.tsv. */
public record StateCode(@JsonValue String text) implements Text {

    public static final String FORM = "a State's ISO 3166 alpha-3 code, such as AUT";

    @JsonCreator
    public StateCode {
        if (text == null || !text.matches("[A-Z]{3}") || !States.known(text)) {
            throw new IllegalArgumentException("'" + text + "' is not " + FORM);
        }
    }

    public static StateCode of(String code) {
        return new StateCode(code);
    }

    /** Whether a code names a known State, in any case (as input may write it; a StateCode is in upper case). */
    public static boolean isKnown(String code) {
        return code != null && States.known(code);
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
