package org.rapporteur.events.agenda;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

/** The meeting took note of its programme of work, as contained in a document. */
@Revision("1")
public record ProgrammeOfWorkNoted(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String documentSymbol,
        String title
) implements PlenaryAction {
}
