package org.rapporteur.events.agenda;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

/** The meeting adopted its agenda, as contained in a document. */
@Revision("1")
public record AgendaAdopted(
        @NotNull @Valid MeetingMoment moment,
        @NotNull DocumentSymbol documentSymbol,
        @NotEmpty List<@Valid AgendaItem> items
) implements PlenaryAction {
}
