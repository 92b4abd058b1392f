package org.rapporteur.events.participation;

import jakarta.validation.constraints.NotBlank;

/** An organisation by a stable key (its acronym where it has one), full name and acronym as the report writes it. */
public record Organisation(@NotBlank String key, @NotBlank String name, String acronym) {
}
