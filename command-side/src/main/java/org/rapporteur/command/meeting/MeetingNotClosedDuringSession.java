package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.meeting.MeetingClosed;

import java.util.Optional;

/** The meeting closes once its last plenary session has closed. */
class MeetingNotClosedDuringSession implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (action instanceof MeetingClosed && meeting.openSession() != null) {
            return Optional.of("plenary session " + meeting.openSession() + " is still open: close it before closing the meeting");
        }
        return Optional.empty();
    }
}
