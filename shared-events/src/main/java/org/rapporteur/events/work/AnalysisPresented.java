package org.rapporteur.events.work;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Note;
import org.rapporteur.events.Person;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.StateCode;

import java.time.LocalDate;
import java.util.List;

/** States, on behalf of an analysis group, presented the analysis of a State's request, as contained in a document. */
@Revision("1")
public record AnalysisPresented(
        @NotNull @Valid MeetingMoment moment,
        @NotNull StateCode requestingState,
        @NotEmpty List<StateCode> presentedBy,
        @NotBlank String onBehalfOf,
        @NotNull DocumentSymbol documentSymbol
) implements PlenaryAction {
}
