package org.rapporteur.events.languages;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.RecordedAfterClosing;
import org.rapporteur.events.MeetingMoment;

import java.util.List;

/**
 * The secretariat recorded the official rendering, in one of the body's other languages, of texts recorded in the
 * meeting's language (agenda item titles, document titles, topics, positions ...): a glossary of the meeting, so the
 * same recorded text reads the same everywhere in the report in that language. A later rendering of the same text
 * replaces the earlier one.
 *
 * @param language the language of the renderings (a language tag the body's profile gives its report in, such as {@code fr})
 * @param texts    each text as it was recorded, with its rendering
 */
@Revision("1")
public record TextsTranslated(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String language,
        @NotEmpty List<@NotNull @Valid Rendering> texts
) implements RecordedAfterClosing {

    /** One recorded text (exactly as the events hold it) and its official rendering. */
    public record Rendering(@NotBlank String recorded, @NotBlank String translation) {
    }
}
