package org.rapporteur.events.agenda;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

/** The meeting adopted its programme of work (as proposed or orally amended); noting it is {@code programme-of-work-noted}. */
@Revision("1")
public record ProgrammeOfWorkAdopted(
        @NotNull @Valid MeetingMoment moment,
        DocumentSymbol documentSymbol,
        boolean amended
) implements PlenaryAction {
}
