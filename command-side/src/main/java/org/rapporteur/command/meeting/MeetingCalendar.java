package org.rapporteur.command.meeting;

import java.time.Clock;
import java.time.LocalDate;

/** Today's date where the secretariat logs; a fixed clock in tests. */
public record MeetingCalendar(Clock clock) {

    public static MeetingCalendar system() {
        return new MeetingCalendar(Clock.systemDefaultZone());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
