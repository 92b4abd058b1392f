package org.rapporteur.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * A document's symbol as the body issues it, such as {@code CCM/MSP/2024/1} or {@code IPCC/XLII-1}: new input is one
 * line with no spaces at its ends ({@link #parse}); a stored symbol reads as written, even in an older form.
 */
public record DocumentSymbol(@JsonValue String text) implements Text {

    public static final String FORM = "a document symbol, such as CCM/MSP/2024/1 (one line of at most 100 characters)";

    @JsonCreator
    public DocumentSymbol {
        Objects.requireNonNull(text, "a document symbol");
    }

    /** The symbol as stored or already checked, taken as written (null stays null). */
    public static DocumentSymbol of(String symbol) {
        return symbol == null ? null : new DocumentSymbol(symbol);
    }

    /** The symbol of new input, or an IllegalArgumentException naming the form. */
    public static DocumentSymbol parse(String symbol) {
        return Text.parsed(new DocumentSymbol(symbol));
    }

    @Override
    public boolean wellFormed() {
        return !text.isBlank() && text.strip().equals(text) && text.length() <= 100
                && text.chars().noneMatch(Character::isISOControl);
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
