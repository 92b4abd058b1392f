package org.rapporteur.events.subsidiary;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.Holder;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

import java.util.List;

/**
 * A working body reported back to the plenary, in a document or orally, presented by its chair; with the draft
 * decisions it forwards (their numbers or symbols).
 */
@Revision("1")
public record SubsidiaryBodyReported(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String body,
        DocumentSymbol reportSymbol,
        boolean orally,
        @Valid Holder presentedBy,
        List<String> draftDecisions
) implements PlenaryAction {
}
