package org.rapporteur.events.experts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.rapporteur.events.Holder;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.officers.TermOfOffice;

/** A member of an expert or treaty body: who (person with State and region), nominated by whom, their term, and whether new or continuing. */
public record ExpertMember(@NotNull @Valid Holder member, StateCode nominatedBy, @Valid TermOfOffice term, boolean continuing) {
}
