package org.rapporteur.events.work;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Note;
import org.rapporteur.events.Person;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.MeetingEvent;

import java.time.LocalDate;
import java.util.List;

/** The meeting considered a document (a working paper and its recommendations, a budget), submitted by someone; co-submitters become a footnote. */
@Revision("1")
public record DocumentConsidered(
        @NotNull @Valid MeetingMoment moment,
        @NotNull DocumentSymbol symbol,
        String submittedBy,
        boolean withRecommendations,
        @Valid Note coSubmitters
) implements PlenaryAction {
}
