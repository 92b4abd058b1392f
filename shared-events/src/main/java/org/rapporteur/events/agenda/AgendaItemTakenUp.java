package org.rapporteur.events.agenda;

import org.rapporteur.events.AgendaItemNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.ConcernsAgendaItem;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

/** An agenda item was taken up in the current plenary session. */
@Revision("1")
public record AgendaItemTakenUp(
        @NotNull @Valid MeetingMoment moment,
        @NotNull AgendaItemNumber itemNumber
) implements PlenaryAction, ConcernsAgendaItem {
}
