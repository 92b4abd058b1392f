package org.rapporteur.events.decisions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

import java.util.List;

/**
 * The meeting adopted a decision or recommendation: one paragraph of its report. {@code citesAgendaItem}: the
 * paragraph opens with the agenda item under consideration.
 */
@Revision("1")
public record DecisionAdopted(
        @NotNull @Valid MeetingMoment moment,
        boolean citesAgendaItem,
        @NotEmpty List<@Valid Sentence> sentences
) implements PlenaryAction {
}
