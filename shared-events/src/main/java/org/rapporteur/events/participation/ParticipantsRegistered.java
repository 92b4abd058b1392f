package org.rapporteur.events.participation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.StateCode;

/** Participants of one category were registered (added to the list). States are ISO 3166 alpha-3 codes; organisations carry their names. */
@Revision("1")
public record ParticipantsRegistered(
        @NotNull @Valid MeetingMoment moment,
        @NotNull ParticipantCategory category,
        List<StateCode> states,
        List<@Valid Organisation> organisations
) implements MeetingEvent {
}
