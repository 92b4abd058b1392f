package org.rapporteur.events.agenda;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

/** The meeting confirmed its rules of procedure, as contained in a document. */
@Revision("1")
public record RulesOfProcedureConfirmed(
        @NotNull @Valid MeetingMoment moment,
        @NotNull DocumentSymbol documentSymbol
) implements PlenaryAction {
}
