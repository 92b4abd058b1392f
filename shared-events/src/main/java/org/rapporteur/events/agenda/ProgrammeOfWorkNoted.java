package org.rapporteur.events.agenda;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

/** The meeting took note of its programme of work, as contained in a document. */
@Revision("1")
public record ProgrammeOfWorkNoted(
        @NotNull @Valid MeetingMoment moment,
        @NotNull DocumentSymbol documentSymbol,
        String title
) implements PlenaryAction {
}
