package org.rapporteur.events.meeting;

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

/** The meeting decided to hold intersessional meetings, under an earlier decision, on dates a later President communicates. */
@Revision("2")
public record IntersessionalMeetingsDecided(
        @NotNull @Valid MeetingMoment moment,
        String underDecisionOf,
        @Valid SessionRef datesCommunicatedByPresidentOf
) implements PlenaryAction {
}
