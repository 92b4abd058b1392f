package org.rapporteur.events.decisions;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.Adoption;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.OptionalAgendaItem;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.StateCode;

import java.util.List;

/**
 * The meeting adopted a numbered decision or resolution: its number or symbol, title, the operative text as adopted
 * (paragraphs, worded as adopted), its annexes, any text left in brackets, from which draft; how it was adopted (a
 * vote names the recorded vote by its {@code on}); {@code concernsState}: the State a decision is about;
 * {@code adReferendum}: adopted subject to confirmation; {@code form}: a decision unless given (revision 1 had none).
 */
@Revision("2")
public record NumberedDecisionAdopted(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String number,
        @NotBlank String title,
        AgendaItemNumber itemNumber,
        DocumentSymbol draftSymbol,
        List<@NotBlank String> operativeText,
        List<@Valid Annex> annexes,
        List<@NotBlank String> bracketedText,
        @NotNull Adoption adoption,
        StateCode concernsState,
        boolean adReferendum,
        boolean orallyAmended,
        DecisionForm form
) implements PlenaryAction, OptionalAgendaItem {

    public NumberedDecisionAdopted {
        form = form == null ? DecisionForm.DECISION : form;
    }
}
