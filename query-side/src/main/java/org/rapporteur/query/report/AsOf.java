package org.rapporteur.query.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A moment in a meeting's history: after the event at a sequence number, or at a logging instant. */
public record AsOf(Long sequence, Instant instant) {

    public static Optional<AsOf> parse(String text) {
        String value = text.trim();
        if (value.matches("\\d{1,18}")) {
            return Optional.of(new AsOf(Long.parseLong(value), null));
        }
        try {
            return Optional.of(new AsOf(null, Instant.parse(value)));
        } catch (DateTimeParseException notAnInstant) {
            try {
                return Optional.of(new AsOf(null, OffsetDateTime.parse(value).toInstant()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
