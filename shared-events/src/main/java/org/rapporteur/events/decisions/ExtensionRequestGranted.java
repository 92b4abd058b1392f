package org.rapporteur.events.decisions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.Adoption;
import org.rapporteur.events.ArticleReference;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.RequestPresentation;
import org.rapporteur.events.RequestDecision;
import org.rapporteur.events.StateCode;

import java.time.LocalDate;
import java.util.List;

/**
 * The meeting granted a State's request to extend a deadline under an article: the period and new deadline,
 * what it noted in granting it (one paragraph each), the reporting it asked for (lettered items), and whether it
 * asked to be kept apprised; how it was decided, when the report says so ({@code adoption}, none at revision 1).
 */
@Revision("2")
public record ExtensionRequestGranted(
        @NotNull @Valid MeetingMoment moment,
        @NotNull StateCode state,
        @NotNull ArticleReference article,
        @Positive int years,
        @NotNull LocalDate newDeadline,
        List<@Valid Observation> observations,
        @Valid Reporting reporting,
        boolean keepApprised,
        Adoption adoption
) implements PlenaryAction, RequestDecision {

    @Override
    public String requestKey() {
        return RequestPresentation.extensionOf(state, article);
    }

    /** One paragraph of what the meeting noted in granting the request. */
    public record Observation(boolean inGranting, List<@Valid Sentence> sentences) {
    }

    /** The information the meeting asked the State to report, through which channel. */
    public record Reporting(boolean annually, List<@NotBlank String> items) {
    }
}
