package org.rapporteur.events.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.DocumentReference;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.StateCode;

import java.time.LocalDate;
import java.util.List;

/**
 * The body's membership as of a date: how many members (States parties, Parties, member States) it had, optionally
 * who joined since the last session ({@code newMembers}), and the source cited.
 */
@Revision("1")
public record MembershipReported(
        @NotNull @Valid MeetingMoment moment,
        @PositiveOrZero int count,
        @NotNull LocalDate asOf,
        List<StateCode> newMembers,
        @Valid DocumentReference source
) implements MeetingEvent {
}
