package org.rapporteur.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number of an agenda item as the agenda writes it: {@code 7}, {@code 7.1}, {@code 10(a)}, {@code 3 bis}. New
 * input is checked ({@link #parse}); a stored number reads as written.
 */
public record AgendaItemNumber(@JsonValue String text) implements Text {

    public static final String FORM = "an agenda item's number, such as 7, 7.1 or 10(a) (at most 20 characters)";
    private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.()\\- ]{0,19}");

    @JsonCreator
    public AgendaItemNumber {
        Objects.requireNonNull(text, "an agenda item's number");
    }

    /** The number as stored or already checked, taken as written (null stays null). */
    public static AgendaItemNumber of(String number) {
        return number == null ? null : new AgendaItemNumber(number);
    }

    /** The number of new input, or an IllegalArgumentException naming the form. */
    public static AgendaItemNumber parse(String number) {
        return Text.parsed(new AgendaItemNumber(number));
    }

    @Override
    public boolean wellFormed() {
        return NUMBER.matcher(text).matches() && !text.endsWith(" ");
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
