package org.rapporteur.events.decisions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.FinalReportAdoption;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

/**
 * The meeting adopted its report, from a draft, as drafted or as orally amended; {@code adReferendum}: its
 * completion entrusted to the Rapporteur (or the secretariat) under the President's authority.
 */
@Revision("1")
public record ReportAdopted(
        @NotNull @Valid MeetingMoment moment,
        String draftSymbol,
        boolean amended,
        boolean adReferendum,
        String entrustedTo
) implements PlenaryAction, FinalReportAdoption {
}
