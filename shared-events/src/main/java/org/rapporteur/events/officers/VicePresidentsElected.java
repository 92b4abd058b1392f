package org.rapporteur.events.officers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

/** States were elected Vice-Presidents, by acclamation or by vote. */
@Revision("1")
public record VicePresidentsElected(
        @NotNull @Valid MeetingMoment moment,
        @NotEmpty List<String> states,
        @NotNull ElectionMethod method,
        List<@Valid VoteCount> votes
) implements PlenaryAction {
}
