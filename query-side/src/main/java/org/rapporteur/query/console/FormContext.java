package org.rapporteur.query.console;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * What the meeting offers a form: where it stands (the open plenary session, its date, the item under
 * consideration) for defaults, and the choices of its pickers (every State, the organisations, documents and
 * persons the meeting has mentioned, its agenda items).
 */
public record FormContext(Integer openSession, LocalDate sessionDate, int nextSession, String currentItem,
                          LocalDate today, LocalTime now, List<FormField.Option> items,
                          Map<String, List<FormField.Option>> offered) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    List<FormField.Option> offers(String offer) {
        if ("states".equals(offer)) {
            return StateNames.options();
        }
        if ("items".equals(offer)) {
            return items;
        }
        return offered.getOrDefault(offer, List.of());
    }

    /** The value a default of the form descriptions stands for, or the default itself. */
    String defaultValue(String token, String kind) {
        if (token == null) {
            return null;
        }
        return switch (token) {
            case "open-session" -> openSession == null ? null : String.valueOf(openSession);
            case "next-session" -> String.valueOf(nextSession);
            case "session-date" -> (sessionDate != null ? sessionDate : today).toString();
            case "today" -> today.toString();
            case "now" -> openSession == null ? null : MINUTES.format(now);
            case "current-item" -> currentItem;
            default -> token.isEmpty() ? null : token;
        };
    }
}
