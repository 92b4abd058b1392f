package org.rapporteur.events.statements;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.OptionalAgendaItem;
import org.rapporteur.events.Speaker;

/** A statement was not delivered but circulated in writing, as a document, under an agenda item where given. */
@Revision("1")
public record WrittenStatementCirculated(
        @NotNull @Valid MeetingMoment moment,
        @NotNull @Valid Speaker by,
        @NotNull DocumentSymbol documentSymbol,
        AgendaItemNumber itemNumber,
        @NotNull StatementKind kind
) implements MeetingEvent, OptionalAgendaItem {
}
