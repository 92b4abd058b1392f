package org.rapporteur.events.work;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.ArticleReference;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Note;
import org.rapporteur.events.Person;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.StateCode;

import java.time.LocalDate;
import java.util.List;

/** States declared compliance with an article's obligations and handed their declarations to the President, pursuant to an action of the action plan. */
@Revision("1")
public record ComplianceDeclared(
        @NotNull @Valid MeetingMoment moment,
        @NotEmpty List<StateCode> states,
        @NotNull ArticleReference article,
        Integer pursuantToAction,
        boolean handedOverToPresident
) implements PlenaryAction {
}
