package org.rapporteur.events.participation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

/** The meeting confirmed the observer status of the organisations participating under a rule of procedure. */
@Revision("1")
public record ObserverStatusConfirmed(
        @NotNull @Valid MeetingMoment moment,
        @NotNull ParticipantCategory category,
        boolean unanimously
) implements PlenaryAction {
}
