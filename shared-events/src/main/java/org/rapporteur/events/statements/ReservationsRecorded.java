package org.rapporteur.events.statements;

import org.rapporteur.events.AgendaItemNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.OptionalAgendaItem;
import org.rapporteur.events.PlenaryAction;

/**
 * Some representatives expressed dissent or reservations, recorded without naming them: how many ({@code who}),
 * what they expressed ({@code stance}), about which decision or agenda item.
 */
@Revision("1")
public record ReservationsRecorded(
        @NotNull @Valid MeetingMoment moment,
        @NotNull Who who,
        @NotNull Stance stance,
        String on,
        AgendaItemNumber itemNumber
) implements PlenaryAction, OptionalAgendaItem {

    public enum Who { ONE_REPRESENTATIVE, SOME_REPRESENTATIVES, SEVERAL_REPRESENTATIVES, MANY_REPRESENTATIVES }

    public enum Stance { DISSENT, RESERVATION, DISASSOCIATION, CONCERN, OBJECTION }
}
