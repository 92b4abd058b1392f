package org.rapporteur.events.membership;

import jakarta.validation.constraints.NotBlank;

/** A category of participants the body defines: a key, its name, and the rule of procedure under which it attends. */
public record ParticipationCategory(@NotBlank String key, @NotBlank String name, String rule) {
}
