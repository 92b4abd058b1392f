package org.rapporteur.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A document's symbol as the body issues it, such as {@code CCM/MSP/2024/1} or {@code IPCC/XLII-1}: one line, no spaces at its ends. */
public record DocumentSymbol(@JsonValue String text) implements Text {

    public static final String FORM = "a document symbol, such as CCM/MSP/2024/1 (one line of at most 100 characters)";

    @JsonCreator
    public DocumentSymbol {
        if (text == null || text.isBlank() || !text.strip().equals(text) || text.length() > 100
                || text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("'" + text + "' is not " + FORM);
        }
    }

    public static DocumentSymbol of(String symbol) {
        return new DocumentSymbol(symbol);
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
