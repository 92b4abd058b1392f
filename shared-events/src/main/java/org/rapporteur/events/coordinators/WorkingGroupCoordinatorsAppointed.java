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

import java.time.LocalDate;
import java.util.List;

/** The meeting appointed (welcomed) new coordinators of its working groups for the intersessional programme. */
@Revision("2")
public record WorkingGroupCoordinatorsAppointed(
        @NotNull @Valid MeetingMoment moment,
        @NotEmpty List<@Valid Group> groups
) implements PlenaryAction {

    public record Group(@NotBlank String name, @NotEmpty List<@Valid Seat> seats) {
    }
}
