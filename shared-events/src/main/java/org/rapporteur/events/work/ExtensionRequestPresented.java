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
import org.rapporteur.events.RequestPresentation;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.StateCode;

import java.time.LocalDate;
import java.util.List;

/** A State presented its request, under an article, to extend its deadline for an obligation. */
@Revision("1")
public record ExtensionRequestPresented(
        @NotNull @Valid MeetingMoment moment,
        @NotNull StateCode state,
        @NotNull ArticleReference article
) implements PlenaryAction, RequestPresentation {

    @Override
    public String requestKey() {
        return RequestPresentation.extensionOf(state, article);
    }
}
