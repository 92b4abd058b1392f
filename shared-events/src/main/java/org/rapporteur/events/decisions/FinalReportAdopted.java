package org.rapporteur.events.decisions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.FinalReportAdoption;

import java.time.LocalDate;

/** The meeting adopted its final report from a draft, to be issued under a symbol on a date. */
@Revision("1")
public record FinalReportAdopted(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String draftSymbol,
        @NotBlank String symbol,
        LocalDate issuedOn
) implements PlenaryAction, FinalReportAdoption {
}
