package org.rapporteur.events.agenda;

import org.rapporteur.events.AgendaItemNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

import java.util.List;

/**
 * The provisional agenda was amended (orally, or by a proposal in a document) before or after its adoption: items
 * added, deleted or reworded. The amended items are given as they stand; the adopted agenda lists them all.
 */
@Revision("1")
public record AgendaAmended(
        @NotNull @Valid MeetingMoment moment,
        @NotEmpty List<@Valid Amendment> amendments,
        boolean orally,
        String proposedBy
) implements PlenaryAction {

    public record Amendment(@NotNull Change change, @NotNull AgendaItemNumber itemNumber, String title) {
    }

    public enum Change { ADDED, DELETED, REWORDED }
}
