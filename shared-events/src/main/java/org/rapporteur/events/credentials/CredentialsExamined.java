package org.rapporteur.events.credentials;

import org.rapporteur.events.DocumentSymbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.StateCode;

import java.util.List;

/**
 * A body examined the credentials of the representatives ({@code examinedBy}: a subsidiary body's key, such as the
 * credentials committee, or {@code bureau}) and reported: credentials received, found in order, and provisional
 * (copies, notes verbales), with the States whose credentials were provisional when named. In order plus
 * provisional never exceeds received, where the number received is given.
 */
@Revision("1")
public record CredentialsExamined(
        @NotNull @Valid MeetingMoment moment,
        @NotBlank String examinedBy,
        DocumentSymbol reportSymbol,
        @PositiveOrZero Integer received,
        @PositiveOrZero int inOrder,
        @PositiveOrZero Integer provisional,
        List<StateCode> states
) implements MeetingEvent {
}
