package org.rapporteur.events.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Person;

/** The President (or another person) opened the meeting. */
@Revision("1")
public record MeetingOpened(
        @NotNull @Valid MeetingMoment moment,
        @Valid Person openedBy
) implements MeetingEvent {
}
