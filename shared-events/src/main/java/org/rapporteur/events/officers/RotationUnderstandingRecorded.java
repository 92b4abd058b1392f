package org.rapporteur.events.officers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.SessionRef;
import org.rapporteur.events.StateCode;

/**
 * The meeting recorded its understanding that an office rotates: at {@code atSession} it goes to a candidate from
 * {@code region} (a key of the body's regional groups), or to a named State.
 */
@Revision("1")
public record RotationUnderstandingRecorded(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String office,
        @NotNull @Valid SessionRef atSession,
        String region,
        StateCode state
) implements PlenaryAction {
}
