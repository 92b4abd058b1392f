package org.rapporteur.events.corrections;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.RecordedAfterClosing;
import org.rapporteur.events.MeetingMoment;

/** A logged action was withdrawn: it no longer counts in any view; the original stays in the stream. */
@Revision("1")
public record ActionWithdrawn(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String withdrawnEventId,
        @NotBlank String reason
) implements RecordedAfterClosing {
}
