package org.rapporteur.events.decisions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.StateCode;

import java.util.List;

/** The meeting expressed appreciation for the work of the coordinators of an area and welcomed their efforts. */
@Revision("1")
public record CoordinatorsAppreciated(
        @NotNull @Valid MeetingMoment moment,
        @NotEmpty List<StateCode> states,
        @NotBlank String area
) implements PlenaryAction {
}
