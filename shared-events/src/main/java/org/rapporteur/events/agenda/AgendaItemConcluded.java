package org.rapporteur.events.agenda;

import org.rapporteur.events.AgendaItemNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.ConcernsAgendaItem;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

/** The meeting concluded its consideration of an agenda item (or deferred it). */
@Revision("1")
public record AgendaItemConcluded(
        @NotNull @Valid MeetingMoment moment,
        @NotNull AgendaItemNumber itemNumber,
        boolean deferred
) implements PlenaryAction, ConcernsAgendaItem {
}
