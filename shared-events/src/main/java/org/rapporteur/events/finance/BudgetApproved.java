package org.rapporteur.events.finance;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

import java.util.List;

/**
 * The meeting approved a budget: for which period ({@code period}: "2025", "2023-2024"), its total, and the lines of
 * its table; the lines add up to the total. In a numbered decision where it was one.
 */
@Revision("1")
public record BudgetApproved(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String period,
        @NotNull @Valid Money total,
        List<@Valid Line> lines,
        String decisionNumber,
        DocumentSymbol documentSymbol
) implements PlenaryAction {

    public record Line(@NotBlank String item, @NotNull @Valid Money amount) {
    }
}
