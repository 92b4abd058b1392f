package org.rapporteur.events.decisions;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.SessionRef;
import org.rapporteur.events.Note;
import org.rapporteur.events.PlenaryAction;

/** The meeting adopted the (revised) estimated costs of a future meeting, as contained in a document; {@code basis} is the adopted wording of its grounds. */
@Revision("2")
public record EstimatedCostsAdopted(
        @NotNull @Valid MeetingMoment moment,
        @NotNull @Valid SessionRef meeting,
        @NotNull DocumentSymbol documentSymbol,
        boolean revised,
        String basis,
        @Valid Note basisNote
) implements PlenaryAction {
}
