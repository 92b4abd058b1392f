package org.rapporteur.events.credentials;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.Adoption;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

/** The plenary approved the report on credentials (it must have been examined), on the date of its moment. */
@Revision("1")
public record CredentialsReportApproved(
        @NotNull @Valid MeetingMoment moment,
        DocumentSymbol reportSymbol,
        @NotNull Adoption adoption
) implements PlenaryAction {
}
