package org.rapporteur.events.statements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.Speaker;

import java.util.List;

/** Speakers (usually on behalf of groups) thanked the host, the presiding officers, the secretariat and others. */
@Revision("1")
public record CourtesiesExpressed(
        @NotNull @Valid MeetingMoment moment,
        @NotEmpty List<@Valid Speaker> by,
        @NotEmpty List<@NotNull Thanked> thanked
) implements PlenaryAction {

    public enum Thanked { HOST_GOVERNMENT, PRESIDING_OFFICERS, BUREAU, SECRETARIAT, INTERPRETERS, PARTICIPANTS }
}
