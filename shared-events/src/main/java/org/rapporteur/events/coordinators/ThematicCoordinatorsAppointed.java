package org.rapporteur.events.coordinators;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Note;
import org.rapporteur.events.Person;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.StateCode;

import java.time.LocalDate;
import java.util.List;

/** The meeting appointed (welcomed) the coordinators leading thematic areas. */
@Revision("1")
public record ThematicCoordinatorsAppointed(
        @NotNull @Valid MeetingMoment moment,
        @NotEmpty List<@Valid Area> areas
) implements PlenaryAction {

    public record Area(@NotBlank String name, @NotEmpty List<StateCode> states) {
    }
}
