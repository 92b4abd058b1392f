package org.rapporteur.events.officers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.SessionRef;
import org.rapporteur.events.Note;
import org.rapporteur.events.Person;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.MeetingEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The meeting elected the President of a later session of the body ({@code of}), held in a year; the term was decided
 * by an earlier conference. Revision 2: the session is any kind of the body's (it was the CCM's two kinds).
 */
@Revision("2")
public record NextPresidentElected(
        @NotNull @Valid MeetingMoment moment,
        @NotNull @Valid Person president,
        @NotNull @Valid SessionRef of,
        Integer year,
        String termDecidedBy
) implements PlenaryAction {
}
