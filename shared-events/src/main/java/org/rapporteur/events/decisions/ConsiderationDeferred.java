package org.rapporteur.events.decisions;

import org.rapporteur.events.AgendaItemNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.ConcernsAgendaItem;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.SessionRef;

/**
 * The meeting deferred an agenda item (or one matter under it, {@code matter}) to a later session of the body;
 * without {@code toSession}, it left the matter for further consideration, taking no decision.
 */
@Revision("1")
public record ConsiderationDeferred(
        @NotNull @Valid MeetingMoment moment,
        @NotNull AgendaItemNumber itemNumber,
        String matter,
        @Valid SessionRef toSession
) implements PlenaryAction, ConcernsAgendaItem {
}
