package org.rapporteur.events.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;

/** The meeting was closed: nothing more can be logged except corrections. */
@Revision("1")
public record MeetingClosed(
        @NotNull @Valid MeetingMoment moment
) implements MeetingEvent {
}
