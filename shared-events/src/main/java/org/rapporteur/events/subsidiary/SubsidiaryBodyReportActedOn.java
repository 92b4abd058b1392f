package org.rapporteur.events.subsidiary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

/** The plenary acted on a working body's report (which must have been presented): took note of it, adopted or endorsed it. */
@Revision("1")
public record SubsidiaryBodyReportActedOn(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String body,
        @NotNull Action action
) implements PlenaryAction {

    public enum Action { TOOK_NOTE, ADOPTED, ENDORSED, APPROVED }
}
