package org.rapporteur.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.time.LocalDate;
import java.time.LocalTime;

/** The meeting clock: the plenary session (absent outside plenary), the date and, when known, the time. */
public record MeetingMoment(@Positive Integer plenarySession, @NotNull LocalDate date, LocalTime time) {

    public static MeetingMoment outsidePlenary(LocalDate date) {
        return new MeetingMoment(null, date, null);
    }

    public static MeetingMoment inPlenary(int session, LocalDate date) {
        return new MeetingMoment(session, date, null);
    }
}
