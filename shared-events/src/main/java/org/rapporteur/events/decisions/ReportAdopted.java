package org.rapporteur.events.decisions;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.FinalReportAdoption;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

import java.time.LocalDate;

/**
 * The meeting adopted its report, from a draft, as drafted or as orally amended; {@code adReferendum}: its
 * completion entrusted to the Rapporteur (or the secretariat) under the President's authority; {@code symbol}: the
 * document it is to be issued as, on {@code issuedOn}. Revision 2 added the symbol and the date of issue (and took
 * over the CCM's {@code final-report-adopted}, see the catalogue's RetiredKinds).
 */
@Revision("2")
public record ReportAdopted(
        @NotNull @Valid MeetingMoment moment,
        DocumentSymbol draftSymbol,
        boolean amended,
        boolean adReferendum,
        String entrustedTo,
        DocumentSymbol symbol,
        LocalDate issuedOn
) implements PlenaryAction, FinalReportAdoption {
}
