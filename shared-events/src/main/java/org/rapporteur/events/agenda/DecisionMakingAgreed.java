package org.rapporteur.events.agenda;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

/**
 * The meeting agreed how it takes decisions: by consensus, and whether a vote remains possible when all efforts at
 * consensus are exhausted ({@code votingAsLastResort}), under which rule.
 */
@Revision("1")
public record DecisionMakingAgreed(
        @NotNull @Valid MeetingMoment moment,
        @NotNull Mode mode,
        boolean votingAsLastResort,
        String rule
) implements PlenaryAction {

    public enum Mode { CONSENSUS, MAJORITY_VOTE }
}
