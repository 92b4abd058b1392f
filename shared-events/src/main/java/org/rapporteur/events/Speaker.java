package org.rapporteur.events;

import jakarta.validation.Valid;

/**
 * Who spoke: a State (ISO alpha-3), a group of States by name ("Group of 77 and China", "African Group"), an
 * organisation registered at the meeting (its key) or a person. Exactly one of them.
 */
public record Speaker(StateCode state, String group, String organisation, @Valid Person person) {
}
