package org.rapporteur.events.officers;

import jakarta.validation.Valid;
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
import org.rapporteur.events.StateCode;

import java.time.LocalDate;
import java.util.List;

/**
 * The meeting decided which State presides over a later session of the body (a review conference) to take place in a
 * year. Revision 2: the session is any kind of the body's (it was the CCM's two kinds).
 */
@Revision("2")
public record ReviewConferencePresidencyDecided(
        @NotNull @Valid MeetingMoment moment,
        @NotNull @Valid SessionRef conference,
        Integer year,
        @NotNull StateCode state
) implements PlenaryAction {
}
