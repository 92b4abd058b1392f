package org.rapporteur.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * A session of the same body, for any kind of session: {@code kind} is {@code session} for the body's regular
 * session (Meeting, Session, Conference of the Parties) or a key of its profile's other sessions
 * ({@code review-conference}, {@code extraordinary-session}); {@code ordinal} is 13 for the Thirteenth.
 */
public record SessionRef(@NotBlank String kind, @Positive int ordinal) {

    public static final String REGULAR = "session";
}
