package org.rapporteur.events.officers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Person;

/**
 * A member of the secretariat served the meeting: in a role (Secretary of the Meeting, a participant in its work) or
 * in one of the body's offices ({@code office}, a key of its profile's offices: "executive-secretary"); one of the
 * two. Revision 1 had the role only.
 */
@Revision("2")
public record SecretariatMemberServed(
        @NotNull @Valid MeetingMoment moment,
        @NotNull @Valid Person person,
        SecretariatRole role,
        String office
) implements MeetingEvent {
}
