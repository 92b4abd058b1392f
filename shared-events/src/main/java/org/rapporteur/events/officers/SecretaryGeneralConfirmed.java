package org.rapporteur.events.officers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Person;
import org.rapporteur.events.PlenaryAction;

/** The meeting confirmed the nomination of its Secretary-General. */
@Revision("1")
public record SecretaryGeneralConfirmed(
        @NotNull @Valid MeetingMoment moment,
        @NotNull @Valid Person secretaryGeneral,
        boolean unanimously
) implements PlenaryAction {
}
