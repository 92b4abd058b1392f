package org.rapporteur.events.coordinators;

import jakarta.validation.Valid;
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

/** One place of coordinator: a State (ISO alpha-3), or none yet when it is still to be nominated. */
public record Seat(StateCode state, @NotNull @Valid Term term) {

    public boolean toBeNominated() {
        return state == null || state.text().isBlank();
    }
}
