package org.rapporteur.events.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.participation.Organisation;

import java.util.List;

/**
 * Participants took part in one of the body's participation categories ({@code category}: a key of the profile's
 * categories, or one added by the meeting): States (ISO alpha-3, the EU as {@code EUU}) and organisations.
 */
@Revision("1")
public record ParticipantsAdmitted(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String category,
        List<StateCode> states,
        List<@Valid Organisation> organisations
) implements MeetingEvent {
}
