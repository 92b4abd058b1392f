package org.rapporteur.events.corrections;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.RecordedAfterClosing;
import org.rapporteur.events.MeetingMoment;

/**
 * A logged action was corrected: the corrected facts replace it in every view; the original stays in the stream.
 * Revision 2: the corrected facts name their kind ({@link CorrectedKind}); revision 1 named their Java class.
 */
@Revision("2")
public record ActionCorrected(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String correctedEventId,
        @NotBlank String reason,
        @NotNull @Valid @JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, property = CorrectedKind.FIELD)
        @JsonTypeIdResolver(CorrectedKind.class) MeetingEvent corrected
) implements RecordedAfterClosing {
}
