package org.rapporteur.events.officers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.rapporteur.events.Holder;

/** One person or State elected, with their term (absent: for this session). */
public record ElectedOfficer(@NotNull @Valid Holder holder, @Valid TermOfOffice term) {
}
