package org.rapporteur.events.agenda;

import jakarta.validation.constraints.NotBlank;

/** One agenda item, numbered as in the agenda document ("10", "10(a)"). */
public record AgendaItem(@NotBlank String number, @NotBlank String title) {
}
