package org.rapporteur.events.finance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Speaker;

/**
 * A State or organisation pledged a contribution: how much, to what ({@code fund}), for which year; a conditional
 * pledge says on what ({@code condition}).
 */
@Revision("1")
public record ContributionPledged(
        @NotNull @Valid MeetingMoment moment,
        @NotNull @Valid Speaker by,
        @NotNull @Valid Money amount,
        String fund,
        Integer forYear,
        boolean conditional,
        String condition
) implements MeetingEvent {
}
