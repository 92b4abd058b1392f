package org.rapporteur.events.agenda;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

import java.util.List;

/**
 * The meeting adopted its rules of procedure, confirmed them, or applied them provisionally; as a numbered decision
 * ({@code decisionNumber}) where it took one; rules left in brackets listed by number; {@code fallback}: the rules
 * applied where these are silent ("the rules of procedure of the Conference of the Parties, mutatis mutandis").
 */
@Revision("1")
public record RulesOfProcedureAdopted(
        @NotNull @Valid MeetingMoment moment,
        @NotNull Status status,
        DocumentSymbol documentSymbol,
        String decisionNumber,
        List<String> bracketedRules,
        String fallback
) implements PlenaryAction {

    public enum Status { ADOPTED, CONFIRMED, APPLIED_PROVISIONALLY }
}
