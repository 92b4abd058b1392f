package org.rapporteur.events.participation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

/**
 * The meeting confirmed the observer status of the organisations participating under a rule of procedure: those of
 * a fixed {@code category}, or of one of the body's own ({@code bodyCategory}, a key of its profile's
 * participationCategories, as with participants-admitted); one of the two. Revision 1 had the fixed category only.
 */
@Revision("2")
public record ObserverStatusConfirmed(
        @NotNull @Valid MeetingMoment moment,
        ParticipantCategory category,
        String bodyCategory,
        boolean unanimously
) implements PlenaryAction {
}
