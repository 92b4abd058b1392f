package org.rapporteur.events.work;

import org.rapporteur.events.AgendaItemNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Note;
import org.rapporteur.events.Person;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.ConcernsAgendaItem;
import org.rapporteur.events.MeetingEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * Under an agenda item, the meeting reviewed progress and challenges in applying the convention and its action plan,
 * on the basis of a progress report (a document symbol).
 */
@Revision("1")
public record ImplementationReviewed(
        @NotNull @Valid MeetingMoment moment,
        @NotNull AgendaItemNumber itemNumber,
        @NotBlank String progressReport
) implements PlenaryAction, ConcernsAgendaItem {
}
