package org.rapporteur.events.documents;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;

/** A document was submitted or issued to the meeting. */
@Revision("1")
public record DocumentSubmitted(
        @NotNull @Valid MeetingMoment moment,
        @NotNull DocumentSymbol symbol,
        @NotBlank String title,
        String submittedBy,
        @NotNull DocumentKind kind
) implements MeetingEvent {
}
