package org.rapporteur.events.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;

/** A plenary session closed. */
@Revision("1")
public record PlenarySessionClosed(
        @NotNull @Valid MeetingMoment moment,
        @Positive int number
) implements MeetingEvent {
}
