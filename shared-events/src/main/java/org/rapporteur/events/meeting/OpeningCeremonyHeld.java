package org.rapporteur.events.meeting;

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
import org.rapporteur.events.StateCode;
import org.rapporteur.events.participation.Organisation;

/** An opening ceremony: who delivered messages (in order), and what the meeting watched. */
@Revision("1")
public record OpeningCeremonyHeld(
        @NotNull @Valid MeetingMoment moment,
        @NotEmpty List<@Valid Speaker> speakers,
        List<@Valid Screening> screenings
) implements MeetingEvent {

    /**
     * A speaker: name and title, the State or body they spoke for ({@code onBehalfOf}), and a further message they
     * delivered on behalf of other bodies. {@code titleFirst}: "the High Representative ..., Name".
     */
    public record Speaker(String honorific, @NotBlank String name, String title, StateCode state, boolean titleFirst,
                          String onBehalfOf, String alsoDelivered, List<@Valid Organisation> alsoOnBehalfOf) {
    }

    public record Screening(@NotBlank String what, String title) {
    }
}
