package org.rapporteur.events;

import jakarta.validation.constraints.NotBlank;

/**
 * A named person: honorific ("Ambassador", "Ms."), full name, position as worded in the record and the organisation
 * it is held in (written "position of the organisation"),
 * the State they represent (ISO 3166 alpha-3, optional) and pronoun for the report ("her", "his", "their").
 */
public record Person(String honorific, @NotBlank String name, String position, String organisation, StateCode state, String pronoun) {
}
