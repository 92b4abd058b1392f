package org.rapporteur.events.subsidiary;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.StateCode;

import java.util.List;

/**
 * The meeting established a working body: its key (how later actions name it), kind and name; who chairs it; its
 * mandate (the agenda items and documents it takes up); and its members where it has named ones (States).
 * {@code openEnded}: open to all members.
 */
@Revision("1")
public record SubsidiaryBodyEstablished(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String key,
        @NotNull SubsidiaryBodyKind kind,
        @NotBlank String name,
        List<@Valid Chair> chairs,
        List<AgendaItemNumber> agendaItems,
        List<DocumentSymbol> documents,
        List<StateCode> states,
        boolean openEnded
) implements PlenaryAction {
}
