package org.rapporteur.events.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;

/** The days on which the meeting sits changed, e.g. shortened for financial constraints; informal events may fill the free days. */
@Revision("1")
public record MeetingDatesChanged(
        @NotNull @Valid MeetingMoment moment,
        @NotEmpty List<LocalDate> sittingDays,
        List<LocalDate> informalEventDays,
        String reason
) implements MeetingEvent {
}
