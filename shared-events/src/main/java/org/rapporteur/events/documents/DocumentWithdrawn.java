package org.rapporteur.events.documents;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;

/** A document was withdrawn; it stays in the register marked as withdrawn. */
@Revision("1")
public record DocumentWithdrawn(
        @NotNull @Valid MeetingMoment moment,
        @NotNull DocumentSymbol symbol,
        String reason
) implements MeetingEvent {
}
