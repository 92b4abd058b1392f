package org.rapporteur.events.officers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/** Votes cast for one candidate State in an election by vote. */
public record VoteCount(@NotBlank String state, @PositiveOrZero int votes) {
}
