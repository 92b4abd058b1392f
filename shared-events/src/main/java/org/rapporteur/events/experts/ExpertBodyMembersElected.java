package org.rapporteur.events.experts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.officers.ElectionMode;

import java.util.List;

/**
 * The meeting elected or selected members of an expert or treaty body (a committee, panel, board), by region or not:
 * a member's region, when given, is one of the body's regional groups.
 */
@Revision("1")
public record ExpertBodyMembersElected(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String body,
        @NotEmpty List<@Valid ExpertMember> members,
        @NotNull ElectionMode mode
) implements PlenaryAction {
}
