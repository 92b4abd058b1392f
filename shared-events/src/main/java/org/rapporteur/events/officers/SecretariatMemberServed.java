package org.rapporteur.events.officers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Person;

/** A member of the secretariat served the meeting in a role, such as Secretary of the Meeting or Director of the Implementation Support Unit. */
@Revision("1")
public record SecretariatMemberServed(
        @NotNull @Valid MeetingMoment moment,
        @NotNull @Valid Person person,
        @NotNull SecretariatRole role
) implements MeetingEvent {
}
