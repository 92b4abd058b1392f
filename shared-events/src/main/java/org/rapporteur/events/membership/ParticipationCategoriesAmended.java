package org.rapporteur.events.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;

import java.util.List;

/**
 * The meeting amended the categories of participants its profile defines: categories added (each with its rule)
 * and categories removed (by key).
 */
@Revision("1")
public record ParticipationCategoriesAmended(
        @NotNull @Valid MeetingMoment moment,
        List<@Valid ParticipationCategory> added,
        List<String> removed
) implements PlenaryAction {
}
