package org.rapporteur.events.officers;

import jakarta.validation.Valid;
import org.rapporteur.events.SessionRef;

import java.time.LocalDate;

/**
 * When a term starts and ends: at named sessions of the body (from the start of one to the end of another) and/or
 * on dates. A term split between two persons is two terms, each with its {@code share} ("first half").
 */
public record TermOfOffice(@Valid SessionRef from, @Valid SessionRef until, LocalDate startsOn, LocalDate endsOn,
                           String share) {
}
