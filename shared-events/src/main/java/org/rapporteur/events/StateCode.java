package org.rapporteur.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.rapporteur.text.States;

import java.util.List;
import java.util.Objects;

/**
 * A State, by its ISO 3166 alpha-3 code ({@code CHE}; {@code EUU} for the European Union). New input names one of
 * states.tsv ({@link #parse}); a stored code reads as written, even one dropped from the list since.
 */
public record StateCode(@JsonValue String text) implements Text {

    public static final String FORM = "a State's ISO 3166 alpha-3 code, such as AUT";

    @JsonCreator
    public StateCode {
        Objects.requireNonNull(text, "a State's code");
    }

    /** The code as stored or already checked, taken as written (null stays null). */
    public static StateCode of(String code) {
        return code == null ? null : new StateCode(code);
    }

    /** The codes as stored or already checked. */
    public static List<StateCode> list(String... codes) {
        return List.of(codes).stream().map(StateCode::new).toList();
    }

    /** The code of new input: one of states.tsv, or an IllegalArgumentException naming the form. */
    public static StateCode parse(String code) {
        return Text.parsed(new StateCode(code));
    }

    /** Whether a code names a known State, in any case (as input may write it). */
    public static boolean isKnown(String code) {
        return code != null && States.known(code);
    }

    @Override
    public boolean wellFormed() {
        return isKnown(text);
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
