package org.rapporteur.events.officers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import java.util.List;

/**
 * One round of a vote or secret ballot: ballots cast, invalid ones, abstentions, the majority required, and the votes
 * each candidate received. The candidates' votes and the invalid ballots and abstentions add up to the ballots cast.
 */
public record Ballot(@Positive int round, @PositiveOrZero Integer ballotsCast, @PositiveOrZero Integer invalid,
                     @PositiveOrZero Integer abstentions, @PositiveOrZero Integer requiredMajority,
                     @NotEmpty List<@Valid Candidate> candidates) {

    /** A candidate (a person or a State) and the votes they received. */
    public record Candidate(@jakarta.validation.constraints.NotNull @Valid org.rapporteur.events.Holder candidate, @PositiveOrZero int votes) {
    }
}
