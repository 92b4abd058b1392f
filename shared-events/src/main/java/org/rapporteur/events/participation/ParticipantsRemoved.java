package org.rapporteur.events.participation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.StateCode;

/** Participants were removed from a category's list (registered in error or left). */
@Revision("1")
public record ParticipantsRemoved(
        @NotNull @Valid MeetingMoment moment,
        @NotNull ParticipantCategory category,
        List<StateCode> states,
        List<String> organisations
) implements MeetingEvent {
}
