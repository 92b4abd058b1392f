package org.rapporteur.events.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.Person;

/**
 * The meeting was opened by someone, in a capacity: its President, the outgoing chair, the head of the secretariat,
 * the host government... Revision 2 added the capacity (absent in revision 1).
 */
@Revision("2")
public record MeetingOpened(
        @NotNull @Valid MeetingMoment moment,
        @Valid Person openedBy,
        Capacity capacity
) implements MeetingEvent {

    public enum Capacity {
        PRESIDENT, ACTING_PRESIDENT, OUTGOING_PRESIDENT, PRESIDENT_DESIGNATE, TEMPORARY_PRESIDENT, HEAD_OF_SECRETARIAT,
        REPRESENTATIVE_OF_THE_SECRETARY_GENERAL, HOST_GOVERNMENT
    }
}
