package org.rapporteur.events.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.serialization.Revision;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.PlenaryAction;
import org.rapporteur.events.SessionRef;

import java.time.LocalDate;

/**
 * The meeting decided when and where a later session of the body is held, or left the dates or venue to be
 * decided by someone else ({@code delegatedTo}); either dates (a range, or the week of a date) or a venue or a
 * delegation. Revision 2 added the week of a date (and took over the CCM's {@code next-meeting-scheduled}).
 */
@Revision("2")
public record NextSessionDecided(
        @NotNull @Valid MeetingMoment moment,
        @NotNull @Valid SessionRef session,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate weekOf,
        @Valid MeetingConvened.Venue venue,
        Delegate delegatedTo
) implements PlenaryAction {

    public enum Delegate { BUREAU, PRESIDENT, SECRETARIAT, HOST_GOVERNMENT }
}
