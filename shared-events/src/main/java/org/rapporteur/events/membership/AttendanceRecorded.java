package org.rapporteur.events.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.StateCode;

import java.util.List;

/**
 * How many members attended ({@code present}) out of how many ({@code members}), and which were absent
 * ({@code absent}, ISO alpha-3) when the record names them. Present plus absent never exceeds the members.
 */
@Revision("1")
public record AttendanceRecorded(
        @NotNull @Valid MeetingMoment moment,
        @PositiveOrZero int present,
        @PositiveOrZero Integer members,
        List<StateCode> absent
) implements MeetingEvent {
}
