package org.rapporteur.events.subsidiary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.rapporteur.events.Holder;

/** Who chairs a working body, and as what: chair, co-chair, vice-chair, rapporteur or facilitator. */
public record Chair(@NotNull @Valid Holder holder, @NotNull Role role) {

    public enum Role { CHAIR, CO_CHAIR, VICE_CHAIR, RAPPORTEUR, FACILITATOR }
}
