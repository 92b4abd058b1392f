package org.rapporteur.events.officers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.Holder;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;

import java.time.LocalDate;

/**
 * A person or State acts in one of the body's offices ({@code capacity}: acting or interim), until a date or until
 * the office is filled by election ({@code untilElection}); {@code replaces}: the officer who could not serve.
 */
@Revision("1")
public record ActingOfficerDesignated(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String office,
        @NotNull @Valid Holder holder,
        @NotNull Capacity capacity,
        LocalDate until,
        boolean untilElection,
        String replaces
) implements MeetingEvent {

    public enum Capacity { ACTING, INTERIM }
}
