package org.rapporteur.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number of an agenda item as the agenda writes it: digits, then any sub-items, such as {@code 7}, {@code 7.1},
 * {@code 10(a)}, {@code 10 (a)(ii)}, {@code 7A} or {@code 3 bis}. New input is checked ({@link #parse}); a stored number
 * reads as written.
 */
public record AgendaItemNumber(@JsonValue String text) implements Text {

    public static final int MAX_LENGTH = 20;
    public static final String FORM = "an agenda item's number: digits, then any sub-items, such as 7, 7.1, 10(a), "
            + "10 (a)(ii) or 3 bis (at most " + MAX_LENGTH + " characters)";
    /** Digits, a letter if any, then sub-items: {@code .1}, {@code (a)} (a space before it or not), {@code bis}. */
    public static final String PATTERN = "[0-9]{1,4}[A-Za-z]?(\\.[0-9A-Za-z]{1,4}| ?\\([0-9A-Za-z]{1,5}\\)"
            + "| (bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))*";
    private static final Pattern NUMBER = Pattern.compile(PATTERN);

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
        return text.length() <= MAX_LENGTH && NUMBER.matcher(text).matches();
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
