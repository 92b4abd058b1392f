package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.meeting.PlenarySessionOpened;

import java.time.LocalDate;
import java.util.Optional;

/** A plenary session sits within the meeting's dates, as they were last changed. */
class PlenarySessionWithinMeetingDates implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        StandingRecord.Days dates = meeting.standing().meetingDates();
        if (!(action instanceof PlenarySessionOpened opened) || dates == null || action.moment() == null
                || action.moment().date() == null) {
            return Optional.empty();
        }
        LocalDate date = action.moment().date();
        if (date.isBefore(dates.first()) || date.isAfter(dates.last())) {
            return Optional.of("plenary session " + opened.number() + " is dated " + date + ", outside the meeting's dates ("
                    + dates.first() + " to " + dates.last() + ")");
        }
        return Optional.empty();
    }
}
