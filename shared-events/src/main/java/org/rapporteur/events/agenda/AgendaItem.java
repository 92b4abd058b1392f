package org.rapporteur.events.agenda;

import org.rapporteur.events.AgendaItemNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One agenda item, numbered as in the agenda document ("10", "10(a)"); {@code subject} is how running text names
 * what the meeting considers under it ("the general status and operation of the Convention").
 */
public record AgendaItem(@NotNull AgendaItemNumber number, @NotBlank String title, String subject) {
}
