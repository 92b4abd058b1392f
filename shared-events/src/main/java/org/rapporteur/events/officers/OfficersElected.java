package org.rapporteur.events.officers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.SessionRef;

import java.util.List;

/**
 * The meeting elected persons or States to one of the body's offices ({@code office}: a key of its profile's
 * offices), by acclamation, by vote or by secret ballot (with the ballots), for this session or for a later one
 * ({@code forSession}, as for a President-designate); or elected by an earlier session ({@code electedBy}, as a
 * bureau elected at the session before), recorded at this one. Revision 1 had no {@code electedBy}.
 */
@Revision("2")
public record OfficersElected(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String office,
        @NotEmpty List<@Valid ElectedOfficer> elected,
        @NotNull ElectionMode mode,
        List<@Valid Ballot> ballots,
        @Valid SessionRef forSession,
        @Valid SessionRef electedBy
) implements PlenaryAction {
}
