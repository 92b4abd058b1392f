package org.rapporteur.events.officers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.DocumentReference;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Person;

/** The President of this meeting was designated, by a decision of an earlier meeting (cited). */
@Revision("1")
public record PresidentDesignated(
        @NotNull @Valid MeetingMoment moment,
        @NotNull @Valid Person president,
        String designatedBy,
        @Valid DocumentReference reference,
        String termDecidedBy
) implements MeetingEvent {
}
