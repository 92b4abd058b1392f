package org.rapporteur.events.statements;

import org.rapporteur.events.AgendaItemNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.OptionalAgendaItem;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.Speaker;
import org.rapporteur.events.StateCode;

import java.util.List;

/**
 * One statement in plenary: who spoke ({@code speaker}), on behalf of whom ({@code onBehalfOf}: a group by name, or
 * States), in which place in the order of speakers, under which agenda item (optional; when given it must be on the
 * agenda) and of which kind; {@code on}: the decision or proposal an explanation or reply concerns.
 */
@Revision("1")
public record StatementDelivered(
        @NotNull @Valid MeetingMoment moment,
        @NotNull @Valid Speaker speaker,
        String onBehalfOf,
        List<StateCode> states,
        @Positive Integer order,
        AgendaItemNumber itemNumber,
        @NotNull StatementKind kind,
        String on
) implements PlenaryAction, OptionalAgendaItem {
}
