package org.rapporteur.events.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.MeetingRef;
import org.rapporteur.events.Note;
import org.rapporteur.events.Person;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.MeetingEvent;

import java.time.LocalDate;
import java.util.List;

/** The meeting decided when and where a later meeting takes place: a date range, or the week of a date. */
@Revision("1")
public record NextMeetingScheduled(
        @NotNull @Valid MeetingMoment moment,
        @NotNull @Valid MeetingRef meeting,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate weekOf,
        @NotBlank String city
) implements PlenaryAction {
}
